//! First start: report whether the workspace opened, and set it up empty or with the sample.

use tandem_domain::workspace::WorkspaceSettings;
use tandem_store::{local_state, members, pipelines, settings, WriteSource};

use crate::dto::{SetupInput, StartupState, WorkspaceChoice};
use crate::{sample, App, AppError, ErrorCode};

impl App {
    pub fn startup_state(&self) -> StartupState {
        self.retry_open();
        let db = match self.db() {
            Ok(db) => db,
            Err(error) => return StartupState::Error { error, database_path: self.paths().database().display().to_string() },
        };
        match db.read(|conn| local_state::get(conn, local_state::SETUP_DONE)) {
            Ok(Some(_)) => StartupState::Ready,
            Ok(None) => StartupState::NeedsSetup,
            Err(err) => StartupState::Error { error: err.into(), database_path: db.path().display().to_string() },
        }
    }

    pub fn setup_workspace(&self, input: SetupInput) -> Result<(), AppError> {
        if self.startup_state() == StartupState::Ready {
            return Err(AppError::new(ErrorCode::Conflict, "This workspace is already set up."));
        }
        let mut profile = input.profile.validate()?;
        let workspace = match input.choice {
            WorkspaceChoice::Empty => WorkspaceSettings::default(),
            WorkspaceChoice::Sample => sample::settings(),
        };
        self.write(WriteSource::Sample, "", |w| {
            settings::save(w, &workspace)?;
            // A setup that stopped half-way (a crash while adding the sample) is finished, not repeated:
            // the profile made the first time is reused.
            profile.id = local_state::get(w.conn(), local_state::PROFILE_MEMBER)?.filter(|id| members::get(w.conn(), id).is_ok());
            let me = members::save(w, &profile)?;
            local_state::set(w.conn(), local_state::PROFILE_MEMBER, &me)?;
            pipelines::ensure_default(w)?;
            Ok(())
        })?;
        if input.choice == WorkspaceChoice::Sample {
            sample::populate(self, &sample::SampleSize::default(), true, |_| {})?;
        }
        self.write(WriteSource::Background, "", |w| Ok(local_state::set(w.conn(), local_state::SETUP_DONE, "1")?))?;
        // A new workspace gets its first daily backup now, not at the next start.
        self.back_up_in_background();
        Ok(())
    }
}

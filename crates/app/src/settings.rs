//! Settings commands: the user's profile, members, workspace settings and exchange rates.

use tandem_domain::exchange_rate::{ExchangeRate, ExchangeRateInput};
use tandem_domain::member::{Member, MemberInput, Role};
use tandem_domain::workspace::WorkspaceSettings;
use tandem_store::{exchange_rates, local_state, members, settings, tables, WriteSource};

use crate::dto::AboutInfo;
use crate::{App, AppError, ErrorCode};

impl App {
    pub fn get_settings(&self) -> Result<WorkspaceSettings, AppError> {
        Ok(self.db()?.read(settings::get)?)
    }

    pub fn update_settings(&self, input: WorkspaceSettings) -> Result<WorkspaceSettings, AppError> {
        let clean = input.validate()?;
        self.write(WriteSource::User, "Workspace settings change", |w| Ok(settings::save(w, &clean)?))?;
        self.get_settings()
    }

    pub fn list_members(&self) -> Result<Vec<Member>, AppError> {
        Ok(self.db()?.read(members::list)?)
    }

    pub fn save_member(&self, input: MemberInput) -> Result<Member, AppError> {
        let clean = input.validate()?;
        self.check_role_change(clean.id.as_deref(), clean.role)?;
        let verb = if clean.id.is_some() { "Edit of member" } else { "New member" };
        let id = self.write(WriteSource::User, &format!("{verb} {}", clean.name), |w| Ok(members::save(w, &clean)?))?;
        Ok(self.db()?.read(|conn| members::get(conn, &id))?)
    }

    /// While the workspace syncs with a team, roles are the team server's to give (an admin
    /// changes them in Settings → Team sync): a role set here would not hold on the server.
    fn check_role_change(&self, id: Option<&str>, role: Role) -> Result<(), AppError> {
        let db = self.db()?;
        if tandem_sync_client::account::load(&db).ok().flatten().is_none() {
            return Ok(());
        }
        let Some(id) = id else { return Ok(()) };
        if db.read(|c| members::get(c, id))?.role != role {
            return Err(
                tandem_domain::Invalid::new("role", "Roles come from the team: an admin changes them in Settings → Team sync.").into()
            );
        }
        Ok(())
    }

    pub fn delete_member(&self, id: &str) -> Result<(), AppError> {
        let member = self.db()?.read(|conn| members::get(conn, id))?;
        if member.is_me {
            return Err(AppError::new(ErrorCode::Conflict, "You cannot remove yourself; edit your profile instead."));
        }
        self.write(WriteSource::User, &format!("Removal of member {}", member.name), |w| Ok(w.soft_delete(&tables::MEMBERS, id)?))
    }

    pub fn get_profile(&self) -> Result<Option<Member>, AppError> {
        Ok(self.db()?.read(members::profile)?)
    }

    /// Saves the local user's own member record and remembers it as this device's user.
    pub fn update_profile(&self, input: MemberInput) -> Result<Member, AppError> {
        let mut clean = input.validate()?;
        clean.id = self.get_profile()?.map(|m| m.id);
        let id = self.write(WriteSource::User, "Profile change", |w| {
            let id = members::save(w, &clean)?;
            local_state::set(w.conn(), local_state::PROFILE_MEMBER, &id)?;
            Ok(id)
        })?;
        Ok(self.db()?.read(|conn| members::get(conn, &id))?)
    }

    /// Makes another team member this device's user (a laptop handed to a manager in the
    /// meeting). Nothing else changes: who may do what follows the member's role.
    pub fn switch_profile(&self, member_id: &str) -> Result<Member, AppError> {
        let member = self.db()?.read(|conn| members::get(conn, member_id))?;
        self.db()?.write(WriteSource::User, |w| Ok::<_, AppError>(local_state::set(w.conn(), local_state::PROFILE_MEMBER, &member.id)?))?;
        Ok(self.get_profile()?.unwrap_or(member))
    }

    pub fn list_exchange_rates(&self) -> Result<Vec<ExchangeRate>, AppError> {
        Ok(self.db()?.read(exchange_rates::list)?)
    }

    pub fn save_exchange_rate(&self, input: ExchangeRateInput) -> Result<ExchangeRate, AppError> {
        let base = self.get_settings()?.base_currency;
        let clean = input.validate(&base)?;
        let id = self.write(WriteSource::User, &format!("{} exchange rate", clean.currency), |w| Ok(exchange_rates::save(w, &clean)?))?;
        Ok(self.db()?.read(|conn| exchange_rates::get(conn, &id))?)
    }

    pub fn delete_exchange_rate(&self, id: &str) -> Result<(), AppError> {
        let rate = self.db()?.read(|conn| exchange_rates::get(conn, id))?;
        self.write(WriteSource::User, &format!("Delete of the {} rate", rate.currency), |w| Ok(w.soft_delete(&tables::EXCHANGE_RATES, id)?))
    }

    pub fn about(&self) -> Result<AboutInfo, AppError> {
        let db = self.db()?;
        let paths = self.paths();
        Ok(AboutInfo {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            data_dir: paths.data_dir.display().to_string(),
            database_path: db.path().display().to_string(),
            log_dir: paths.log_dir.display().to_string(),
            backup_dir: tandem_store::backups::backup_dir(db.path()).display().to_string(),
            device_id: db.device_id().to_owned(),
        })
    }
}

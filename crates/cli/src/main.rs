//! `tandem-cli`: Tandem's use cases from a terminal — today, building large sample workspaces.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};
use tandem_app::dto::{SetupInput, StartupState, WorkspaceChoice};
use tandem_app::sample::{self, SampleSize};
use tandem_app::{App, DataPaths};
use tandem_domain::member::{MemberInput, Role};

#[derive(Parser)]
#[command(name = "tandem-cli", version, about = "Tandem from the command line")]
struct Cli {
    /// The workspace's data folder (default: $TANDEM_DATA_DIR, else the OS data folder).
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Adds seeded sample contacts, companies and deals (sets the workspace up first if it is new).
    Generate {
        #[arg(long, default_value_t = 2_000)]
        contacts: usize,
        #[arg(long, default_value_t = 300)]
        companies: usize,
        /// Deals (with activities and stage history) at those companies.
        #[arg(long, default_value_t = 0)]
        deals: usize,
        /// Follow-up tasks about the first people.
        #[arg(long, default_value_t = 0)]
        tasks: usize,
        #[arg(long, default_value_t = tandem_domain::sample::DEFAULT_SEED)]
        seed: u64,
        /// Contacts per transaction.
        #[arg(long, default_value_t = 1_000)]
        batch: usize,
    },
}

fn main() {
    let cli = Cli::parse();
    let paths = match &cli.data_dir {
        Some(dir) => DataPaths::at(dir, dir.join("exports")),
        None => DataPaths::from_env(),
    };
    if let Err(err) = run(&paths, cli.command) {
        eprintln!("error: {err}");
        std::process::exit(1);
    }
}

fn run(paths: &DataPaths, command: Command) -> Result<(), tandem_app::AppError> {
    let app = App::open(paths.clone());
    match command {
        Command::Generate { contacts, companies, deals, tasks, seed, batch } => {
            let started = std::time::Instant::now();
            let new = match app.startup_state() {
                StartupState::Error { error, .. } => return Err(error),
                StartupState::NeedsSetup => {
                    let profile = MemberInput {
                        id: None,
                        name: "Alex Morgan".into(),
                        email: "alex.morgan@tandem-sample.com".into(),
                        role: Role::Admin,
                    };
                    app.setup_workspace(SetupInput { choice: WorkspaceChoice::Empty, profile })?;
                    true
                }
                StartupState::Ready => false,
            };
            let size = SampleSize { contacts, companies, deals, tasks, seed, batch };
            let mut out = std::io::stdout();
            sample::populate(&app, &size, new, |done| {
                // One line per committed batch: tests rely on it to know what is durable.
                let _ = writeln!(out, "committed {done} contacts");
                let _ = out.flush();
            })?;
            println!(
                "generated {contacts} contacts and {deals} deals at {companies} companies in {:.2} s into {}",
                started.elapsed().as_secs_f64(),
                paths.database().display()
            );
        }
    }
    Ok(())
}

//! Every command the window can call is declared to Tauri (`build.rs`) and granted to the main
//! window (`capabilities/main.json`), and nothing else is: a command missing from either answers
//! "not allowed" in the real app only, which no unit test of the UI would notice.

use std::collections::BTreeSet;

const COMMANDS_RS: &str = include_str!("../src/commands.rs");
const BUILD_RS: &str = include_str!("../build.rs");
const CAPABILITY: &str = include_str!("../capabilities/main.json");

fn registered() -> BTreeSet<String> {
    let start = COMMANDS_RS.find("generate_handler![").expect("the handler list") + "generate_handler![".len();
    let end = start + COMMANDS_RS[start..].find(']').expect("its end");
    COMMANDS_RS[start..end]
        .split(',')
        .map(|entry| entry.trim().rsplit("::").next().unwrap_or("").to_owned())
        .filter(|name| !name.is_empty())
        .collect()
}

fn declared() -> BTreeSet<String> {
    let start = BUILD_RS.find("const COMMANDS").expect("the command list");
    let end = start + BUILD_RS[start..].find("];").expect("its end");
    BUILD_RS[start..end].split('"').skip(1).step_by(2).map(str::to_owned).collect()
}

fn granted() -> BTreeSet<String> {
    let capability: serde_json::Value = serde_json::from_str(CAPABILITY).expect("valid JSON");
    capability["permissions"]
        .as_array()
        .expect("a permission list")
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-"))
        .map(|name| name.replace('-', "_"))
        .collect()
}

#[test]
fn every_registered_command_is_declared_and_granted() {
    let registered = registered();
    assert!(registered.len() > 100, "the handler list was read: {registered:?}");
    assert_eq!(declared(), registered, "build.rs COMMANDS and the handler list differ");
    assert_eq!(granted(), registered, "capabilities/main.json and the handler list differ");
}

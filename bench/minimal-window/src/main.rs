//! The smallest Tauri window, built with Tandem's profile and Tauri version: the baseline that
//! Tandem's cold start and memory are measured against in the same benchmark run.
fn main() {
    tauri::Builder::default().run(tauri::generate_context!()).expect("minimal window");
}

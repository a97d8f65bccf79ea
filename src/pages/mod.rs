//! One file per route.

pub mod directory;
pub mod home;
pub mod not_found;
pub mod page_for_path;
pub mod questionnaire;
pub mod results;
pub mod volunteer;
pub mod volunteer_results;

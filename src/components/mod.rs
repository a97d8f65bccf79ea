//! Small views, one a file. They wire signals to markup; the logic they show lives in `domain`.

pub mod age_field;
pub mod always_contacts;
pub mod choices;
pub mod contact_links;
pub mod directory_table;
pub mod home_notices;
pub mod keep_button;
pub mod language_switch;
pub mod load_error;
pub mod near_miss_card;
pub mod no_programme_here;
pub mod offline_indicator;
pub mod print_sheet;
pub mod programme_card;
pub mod progress_indicator;
pub mod question_screen;
pub mod rejected_entries;
pub mod share_panel;
pub mod results_for_answers;
pub mod site_footer;
pub mod site_header;
pub mod update_banner;
pub mod url_notices;
pub mod with_dataset;

use leptos::prelude::*;

use domain::keepers::form::{edited, excerpts, fields, Edit, TEXTS};
use domain::keepers::describe;
use domain::keepers::words;
use domain::vocabulary::{Choice, Modality, Profile, Situation, Stage};

/// The fields that change most of one programme of the file being corrected: each edit rewrites
/// only that value in `text` (`domain::keepers::form`), which the page checks again at once.
#[component]
pub fn ProgrammeForm(
    /// The file as corrected so far.
    text: RwSignal<String>,
    /// The programme's place in the file's list.
    index: usize,
) -> impl IntoView {
    let now = text.with_untracked(|t| fields(t, index)).unwrap_or_default();
    let refused = RwSignal::new(None::<String>);
    let edit = move |edit: Edit| {
        let made = text.with_untracked(|t| edited(t, index, &edit));
        match made {
            Ok(changed) => {
                refused.set(None);
                text.set(changed);
            }
            Err(why) => refused.set(Some(why)),
        }
    };
    let id = |name: &str| format!("keepers-{name}-{index}");
    let stages = Stage::ALL.iter().map(|stage| {
        let ticked = now.stages.iter().any(|s| s == stage.id());
        let stage_id = stage.id();
        view! {
            <label class="check">
                <input type="checkbox" prop:checked=ticked on:change=move |e| edit(Edit::Stage(stage_id.to_owned(), event_target_checked(&e))) />
                {stage.short()}
            </label>
        }
    }).collect_view();
    let modalities = Modality::ALL.iter().map(|modality| {
        let ticked = now.modalities.iter().any(|m| m == modality.id());
        let modality_id = modality.id();
        view! {
            <label class="check">
                <input type="checkbox" prop:checked=ticked on:change=move |e| edit(Edit::Modality(modality_id.to_owned(), event_target_checked(&e))) />
                {modality.words()}
            </label>
        }
    }).collect_view();
    // The situations a programme is reserved for, or pays attention to: the same boxes, two lists.
    let situations = move |now: &[String], edit_of: fn(String, bool) -> Edit| {
        Situation::ALL.iter().map(|situation| {
            let ticked = now.iter().any(|s| s == situation.id());
            let situation_id = situation.id();
            view! {
                <label class="check">
                    <input type="checkbox" prop:checked=ticked on:change=move |e| edit(edit_of(situation_id.to_owned(), event_target_checked(&e))) />
                    {situation.short()}
                </label>
            }
        }).collect_view()
    };
    let profiles = Profile::ALL.iter().map(|profile| {
        let ticked = now.profiles.iter().any(|p| p == profile.id());
        let profile_id = profile.id();
        view! {
            <label class="check">
                <input type="checkbox" prop:checked=ticked on:change=move |e| edit(Edit::Profile(profile_id.to_owned(), event_target_checked(&e))) />
                {profile.label()}
            </label>
        }
    }).collect_view();
    let reserved = situations(&now.reserved_for, Edit::Reserved);
    let welcomes = situations(&now.welcomes, Edit::Welcomes);
    let texts = TEXTS.iter().enumerate().map(|(i, field)| {
        let field_id = format!("keepers-text-{field}-{index}");
        let value = now.texts.get(i).cloned().unwrap_or_default();
        view! {
            <p>
                <label for=field_id.clone()>{describe(field).label}</label>
                <textarea id=field_id data-testid=format!("keepers-text-{field}") rows="3" prop:value=value on:change=move |e| edit(Edit::Text(i, event_target_value(&e)))></textarea>
            </p>
        }
    }).collect_view();
    let number = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
    // Each fact shows the excerpts that back it, as the file quotes them.
    let backed_by = move |fact: &str| {
        let quotes = text.with_untracked(|t| excerpts(t, index, fact));
        view! {
            <ul class="excerpts" data-testid="keepers-excerpts">
                {quotes.into_iter().map(|(source, quote)| view! { <li>{words::excerpt(&source, &quote)}</li> }).collect_view()}
            </ul>
        }
    };
    view! {
        <div class="programme-form" data-testid="keepers-form">
            <p>
                <label for=id("emails")>{words::EMAILS}</label>
                <textarea id=id("emails") data-testid="keepers-emails" rows="2" prop:value=now.emails.join("\n") on:change=move |e| edit(Edit::Emails(event_target_value(&e)))></textarea>
            </p>
            <p>
                <label for=id("phones")>{words::PHONES}</label>
                <textarea id=id("phones") rows="2" prop:value=now.phones.join("\n") on:change=move |e| edit(Edit::Phones(event_target_value(&e)))></textarea>
            </p>
            <p>
                <label for=id("website")>{words::WEBSITE}</label>
                <input type="url" id=id("website") prop:value=now.website.clone() on:change=move |e| edit(Edit::Website(event_target_value(&e))) />
            </p>
            <p>
                <label for=id("min-age")>{words::MIN_AGE}</label>
                <input type="number" inputmode="numeric" id=id("min-age") data-testid="keepers-min-age" prop:value=number(now.min_age) on:change=move |e| edit(Edit::MinAge(event_target_value(&e))) />
            </p>
            <p>
                <label for=id("max-age")>{words::MAX_AGE}</label>
                <input type="number" inputmode="numeric" id=id("max-age") data-testid="keepers-max-age" prop:value=number(now.max_age) on:change=move |e| edit(Edit::MaxAge(event_target_value(&e))) />
            </p>
            {backed_by("ages")}
            <fieldset><legend>{words::STAGES}</legend>{stages}{backed_by("stages")}</fieldset>
            <fieldset><legend>{words::MODALITIES}</legend>{modalities}{backed_by("modalities")}</fieldset>
            <fieldset><legend>{words::RESERVED_FOR}</legend>{reserved}{backed_by("reserved-for")}</fieldset>
            <fieldset><legend>{words::WELCOMES}</legend>{welcomes}{backed_by("welcomes")}</fieldset>
            {texts}
            <fieldset><legend>{words::PROFILES}</legend>{profiles}{backed_by("mentor-profiles")}</fieldset>
            <p>
                <label for=id("months-min")>{words::MONTHS_MIN}</label>
                <input type="number" inputmode="numeric" id=id("months-min") prop:value=number(now.months_min) on:change=move |e| edit(Edit::MonthsMin(event_target_value(&e))) />
            </p>
            <p>
                <label for=id("months-max")>{words::MONTHS_MAX}</label>
                <input type="number" inputmode="numeric" id=id("months-max") prop:value=number(now.months_max) on:change=move |e| edit(Edit::MonthsMax(event_target_value(&e))) />
            </p>
            {backed_by("mentor-months")}
            <p>
                <label for=id("checked")>{words::CHECKED_HEADING}</label>
                <input type="date" id=id("checked") prop:value=now.checked.clone() on:change=move |e| edit(Edit::Checked(event_target_value(&e))) />
            </p>
            {move || refused.get().map(|why| view! { <p class="notice" role="alert">{why}</p> })}
        </div>
    }
}

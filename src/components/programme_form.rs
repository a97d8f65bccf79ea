use leptos::prelude::*;

use domain::keepers::form::{edited, excerpts, fields, Edit, TEXTS};
use domain::keepers::mentors::{edited_stated, stated, Entry, Fact, Part};
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
    // Every edit: the file changed, or why not.
    let take = move |made: Result<String, String>| match made {
        Ok(changed) => {
            refused.set(None);
            text.set(changed);
        }
        Err(why) => refused.set(Some(why)),
    };
    let edit = move |edit: Edit| take(text.with_untracked(|t| edited(t, index, &edit)));
    // The mentors' youngest age and hours, edited where the file writes them (a value for every
    // mentor, or entries by profile).
    let edit_stated = move |fact: Fact, at: usize, part: Part| take(text.with_untracked(|t| edited_stated(t, index, fact, at, &part)));
    let id = |name: &str| format!("keepers-{name}-{index}");
    let stated_fields = move |fact: Fact, path: &str| {
        let now = text.with_untracked(|t| stated(t, index, fact));
        let entries = if now.entries.is_empty() { vec![Entry::default()] } else { now.entries };
        let label = describe(path).label;
        entries.into_iter().enumerate().map(|(at, e)| {
            let who = if e.profiles.is_empty() { words::EVERY_MENTOR.to_owned() } else { e.profiles.join(", ") };
            let key = format!("keepers-{}-{at}-{index}", path.replace('.', "-"));
            let number = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
            let hours = (fact == Fact::Hours).then(|| {
                let per = e.per.clone().unwrap_or_default();
                view! {
                    <p>
                        <label for=format!("{key}-max")>{words::AT_MOST}</label>
                        <input type="number" inputmode="numeric" id=format!("{key}-max") prop:value=number(e.max) on:change=move |ev| edit_stated(fact, at, Part::Max(event_target_value(&ev))) />
                    </p>
                    <p>
                        <label for=format!("{key}-per")>{words::PER}</label>
                        <select id=format!("{key}-per") on:change=move |ev| edit_stated(fact, at, Part::Per(event_target_value(&ev)))>
                            {["semaine", "mois"].map(|unit| view! { <option value=unit selected=per == unit>{unit}</option> })}
                        </select>
                    </p>
                }
            });
            view! {
                <fieldset data-testid=format!("keepers-{}", path.replace('.', "-"))>
                    <legend>{label} " — " {who}</legend>
                    <p>
                        <label for=format!("{key}-min")>{words::AT_LEAST}</label>
                        <input type="number" inputmode="numeric" id=format!("{key}-min") prop:value=number(e.min) on:change=move |ev| edit_stated(fact, at, Part::Min(event_target_value(&ev))) />
                    </p>
                    {hours}
                </fieldset>
            }
        }).collect_view()
    };
    // A list of the app's own choices, in plain words, as boxes to tick.
    let boxes = move |choices: Vec<(&'static str, &'static str)>, now: &[String], edit_of: fn(String, bool) -> Edit| {
        choices.into_iter().map(|(choice, label)| {
            let ticked = now.iter().any(|c| c == choice);
            view! {
                <label class="check">
                    <input type="checkbox" prop:checked=ticked on:change=move |e| edit(edit_of(choice.to_owned(), event_target_checked(&e))) />
                    {label}
                </label>
            }
        }).collect_view()
    };
    let stages = boxes(Stage::ALL.iter().map(|s| (s.id(), s.short())).collect(), &now.stages, Edit::Stage);
    let modalities = boxes(Modality::ALL.iter().map(|m| (m.id(), m.words())).collect(), &now.modalities, Edit::Modality);
    let situations = || Situation::ALL.iter().map(|s| (s.id(), s.short())).collect();
    let reserved = boxes(situations(), &now.reserved_for, Edit::Reserved);
    let welcomes = boxes(situations(), &now.welcomes, Edit::Welcomes);
    let profiles = boxes(Profile::ALL.iter().map(|p| (p.id(), p.label())).collect(), &now.profiles, Edit::Profile);
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
            {stated_fields(Fact::MinAge, "mentoring.min_age")}
            {backed_by("mentor-age")}
            {stated_fields(Fact::Hours, "mentoring.hours")}
            {backed_by("mentor-hours")}
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

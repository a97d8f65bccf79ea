use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::components::card_preview::CardPreview;
use crate::components::file_report::FileReport;
use crate::components::index_form::IndexForm;
use crate::components::page_title::PageTitle;
use crate::components::programme_form::ProgrammeForm;
use crate::components::who_sees_table::WhoSeesTable;
use crate::i18n::speak_territory;
use crate::keepers::{download_file, draft_clear, draft_read, draft_write, from_computer, from_server, today, Opened};
use crate::state::use_setup;
use domain::dataset::{parse_dataset, Dataset, INDEX};
use domain::keepers::audience::who_sees;
use domain::keepers::form::programmes;
use domain::keepers::summary::{changes, summary, summary_mailto, Draft};
use domain::keepers::{check_file, file_name, read_territory, words, Kind};
use domain::routes::Page;
use domain::titles::page_title;

/// The choice of the index in the list of files (a territory's is its id).
const INDEX_CHOICE: &str = "index";

/// The one key this page keeps its draft under, in this browser's localStorage (the young
/// person's pages store nothing).
const DRAFT_KEY: &str = "ttm-donnees-brouillon";

/// A file opened on the page: where it came from, its date, its text as opened, and the
/// territory the coordinator chose for it.
#[derive(Clone)]
struct OpenedFile {
    name: String,
    date: String,
    text: String,
    expected: Option<String>,
}

/// For the people who keep the data: a file of the dataset, the site's or one from their
/// computer, checked in this browser by the app's own reader, each problem in French at its line;
/// a programme corrected in a form, who will see it, and the corrected file to download. The page
/// speaks French: the files, the brochures and the Collectif's coordinators are.
#[component]
pub fn DataKeepersPage() -> impl IntoView {
    let base = StoredValue::new(use_setup().base);
    // The index the territories' files are read with: the published one, with its excerpts.
    let index = RwSignal::new(None::<Dataset>);
    let chosen = RwSignal::new(String::from(INDEX_CHOICE));
    let opened = RwSignal::new(None::<OpenedFile>);
    // The file as corrected so far; the opened text until a field changes.
    let text = RwSignal::new(String::new());
    let selected = RwSignal::new(None::<usize>);
    let problem = RwSignal::new(None::<String>);
    // Whether the draft could be kept; a draft found when the page opens is taken up.
    let draft_kept = RwSignal::new(true);
    let resumed = RwSignal::new(None::<String>);
    if let Some(draft) = draft_read(DRAFT_KEY).as_deref().and_then(Draft::from_json) {
        resumed.set(Some(draft.name.clone()));
        text.set(draft.edited);
        opened.set(Some(OpenedFile { name: draft.name, date: draft.date, text: draft.original, expected: draft.expected }));
    }
    // Every change is kept at once; a file back as opened leaves no draft.
    Effect::new(move |_| {
        opened.with(|o| {
            let Some(o) = o else { return };
            text.with(|edited| {
                if *edited == o.text {
                    draft_clear(DRAFT_KEY);
                    draft_kept.set(true);
                } else {
                    let draft = Draft { name: o.name.clone(), date: o.date.clone(), expected: o.expected.clone(), original: o.text.clone(), edited: edited.clone() };
                    draft_kept.set(draft_write(DRAFT_KEY, &draft.to_json()));
                }
            })
        })
    });
    let published = move |file: &str| base.with_value(|base| format!("{base}/data/extraits/{file}.json"));

    let read_index = {
        let url = published(INDEX_CHOICE);
        let fallback = base.with_value(|base| format!("{base}/{INDEX}"));
        async move {
            // Offline, the copy the worker keeps for the young person's pages (without excerpts).
            let read = match from_server(&url).await {
                Ok(opened) => Ok(opened),
                Err(_) => from_server(&fallback).await,
            };
            match read.map(|opened| parse_dataset(&opened.text)) {
                Ok(Ok(dataset)) => {
                    if let Some(first) = dataset.territories.first() {
                        chosen.set(first.id.clone());
                    }
                    index.set(Some(dataset));
                }
                Ok(Err(error)) => problem.set(Some(words::index_unread(&error.to_string()))),
                Err(error) => problem.set(Some(words::index_unread(&error))),
            }
        }
    };
    spawn_local(read_index);

    let report = Memo::new(move |_| {
        let expected = opened.with(|o| o.as_ref().map(|o| o.expected.clone()))?;
        Some(text.with(|text| index.with(|index| check_file(text, index.as_ref(), expected.as_deref(), &today()))))
    });
    // What the file is: the form follows it, and is drawn again only when it changes (an edit
    // keeps the focus where it is).
    let kind = Memo::new(move |_| report.with(|r| r.as_ref().and_then(|r| r.kind.clone())));
    // A territory's translations in the page's language, for the card's preview, drawn again
    // once they are read.
    let translations_read = RwSignal::new(0u32);
    Effect::new(move |_| {
        if let Some(Kind::Territory(id)) = kind.get() {
            let base = base.get_value();
            spawn_local(async move {
                speak_territory(&base, &id).await;
                translations_read.update(|n| *n += 1);
            });
        }
    });
    // A territory's programmes as the app reads them (None when it refuses the file): as opened,
    // read once a file is opened, and as corrected, read once an edit is made; the preview and
    // who sees the programme share them.
    let read_as = move |text: &str| {
        let Some(Kind::Territory(id)) = kind.get() else { return None };
        index.with(|index| read_territory(index.as_ref()?, &id, text).ok())
    };
    let as_opened = Memo::new(move |_| opened.with(|o| o.as_ref().and_then(|o| read_as(&o.text))));
    let as_corrected = Memo::new(move |_| text.with(|t| read_as(t)));
    // The id of the programme being corrected.
    let corrected_id = Memo::new(move |_| {
        let at = selected.get()?;
        text.with(|t| programmes(t).into_iter().find(|p| p.index == at)).map(|p| p.id)
    });
    // Its card's preview (drawn again once the territory's translations are read: below, where
    // it is drawn, since the programmes themselves are the same before and after).
    let preview = Memo::new(move |_| Some((as_corrected.get()?, corrected_id.get()?)));
    // Who sees it, as corrected against as opened (a file the app refuses shows it to no one).
    let who = Memo::new(move |_| {
        let id = corrected_id.get()?;
        matches!(kind.get(), Some(Kind::Territory(_))).then_some(())?;
        let none = Dataset::default();
        as_opened.with(|before| as_corrected.with(|after| Some(who_sees(before.as_ref().unwrap_or(&none), after.as_ref().unwrap_or(&none), &id))))
    });

    // Shows what was opened; a file that could not be read says why.
    let show = move |name: String, read: Result<Opened, String>| match read {
        Ok(file) => {
            let expected = chosen.with_untracked(|c| (c != INDEX_CHOICE).then(|| c.clone()));
            problem.set(None);
            resumed.set(None);
            selected.set(None);
            text.set(file.text.clone());
            opened.set(Some(OpenedFile { name, date: file.date, text: file.text, expected }));
        }
        Err(error) => {
            opened.set(None);
            problem.set(Some(words::not_opened(&name, &error)));
        }
    };
    // A draft is never lost: another file opens once it is downloaded or cleared.
    let draft_first = move || {
        let pending = opened.with_untracked(|o| o.as_ref().is_some_and(|o| text.with_untracked(|t| *t != o.text)));
        if pending {
            problem.set(Some(words::DRAFT_FIRST.to_owned()));
        }
        pending
    };
    let open_server = move |_| {
        if draft_first() {
            return;
        }
        let file = chosen.get_untracked();
        let url = published(&file);
        spawn_local(async move { show(words::site_file(&file), from_server(&url).await) });
    };
    let open_picked = move |file: web_sys::File| {
        if draft_first() {
            return;
        }
        spawn_local(async move { show(words::computer_file(&file.name()), from_computer(&file).await) });
    };
    let on_pick = move |event: web_sys::Event| {
        let input = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input.and_then(|i| i.files()).and_then(|files| files.get(0)) {
            open_picked(file);
        }
    };
    let on_drop = move |event: web_sys::DragEvent| {
        event.prevent_default();
        if let Some(file) = event.data_transfer().and_then(|d| d.files()).and_then(|files| files.get(0)) {
            open_picked(file);
        }
    };
    let changed = move || opened.with(|o| o.as_ref().is_some_and(|o| text.with(|t| *t != o.text)));
    let download = move |_| {
        let name = report.with_untracked(|r| r.as_ref().and_then(|r| r.kind.clone())).map_or_else(|| "donnees.json".to_owned(), |kind| match kind {
            Kind::Index => "index.json".to_owned(),
            Kind::Territory(id) => format!("{id}.json"),
        });
        text.with_untracked(|t| download_file(&name, t));
    };
    let clear_draft = move |_| {
        draft_clear(DRAFT_KEY);
        resumed.set(None);
        if let Some(o) = opened.get_untracked() {
            selected.set(None);
            text.set(o.text);
        }
    };
    // What changed, for whoever publishes, and the e-mail that carries it to the territory's
    // Collectif Mentorat.
    let handed_over = Memo::new(move |_| {
        let kind = report.with(|r| r.as_ref().and_then(|r| r.kind.clone()))?;
        let found = opened.with(|o| o.as_ref().map(|o| text.with(|t| changes(&o.text, t))))?;
        if found.is_empty() {
            return None;
        }
        let file = file_name(&kind);
        let collectif = match &kind {
            Kind::Territory(id) => index.with(|i| i.as_ref().and_then(|i| i.territory(id)).map(|t| t.collectif_email.clone())),
            Kind::Index => None,
        };
        let mailto = collectif.map(|c| summary_mailto(&c, &file, &found));
        Some((summary(&file, &found), mailto))
    });

    view! {
        <section class="data-keepers" lang="fr" dir="ltr">
            <PageTitle text=page_title(Some(Page::DataKeepers)) />
            <h1 tabindex="-1">{Page::DataKeepers.heading()}</h1>
            <p>{words::INTRO}</p>
            <p class="privacy" data-testid="keepers-nothing-sent">{words::NOTHING_SENT}</p>
            <div class="keepers-open" on:dragover=|event: web_sys::DragEvent| event.prevent_default() on:drop=on_drop>
                <p>
                    <label for="keepers-choice">{words::WHICH_FILE}</label>
                    <select id="keepers-choice" data-testid="keepers-choice" prop:value=move || chosen.get() on:change=move |event| chosen.set(event_target_value(&event))>
                        <option value=INDEX_CHOICE>{words::THE_INDEX}</option>
                        {move || index.with(|index| {
                            index.iter().flat_map(|d| d.territories.iter()).map(|t| {
                                let label = format!("{} ({}.json)", t.area, t.id);
                                view! { <option value=t.id.clone()>{label}</option> }
                            }).collect_view()
                        })}
                    </select>
                </p>
                <p>
                    <button type="button" class="button primary" data-testid="keepers-open-site" on:click=open_server>
                        {words::OPEN_SITE}
                    </button>
                </p>
                <p>
                    <label for="keepers-pick">{words::OPEN_COMPUTER}</label>
                    <input type="file" id="keepers-pick" data-testid="keepers-pick" accept=".json,application/json" on:change=on_pick />
                </p>
            </div>
            {move || problem.get().map(|text| view! { <p class="notice" role="alert" data-testid="keepers-problem">{text}</p> })}
            {move || resumed.get().map(|name| view! { <p class="notice" role="status" data-testid="keepers-resumed">{words::DRAFT_RESUMED}{name}</p> })}
            {move || opened.with(|o| o.as_ref().map(|o| (o.name.clone(), o.date.clone()))).map(|(name, date)| view! {
                <FileReport name date report=Signal::derive(move || report.get().unwrap_or_default()) />
            })}
            {move || kind.get().map(|kind| view! {
                {matches!(kind, Kind::Index).then(|| view! { <IndexForm text /> })}
                {matches!(kind, Kind::Territory(_)).then(|| view! {
                <h2>{words::FORM_HEADING}</h2>
                <p>
                    <label for="keepers-programme">{words::WHICH_PROGRAMME}</label>
                    <select id="keepers-programme" data-testid="keepers-programme" on:change=move |e| selected.set(event_target_value(&e).parse().ok())>
                        <option value="" selected=move || selected.get().is_none()>"—"</option>
                        {text.with_untracked(|t| programmes(t)).into_iter().map(|p| {
                            let label = format!("{} ({})", p.association, p.id);
                            view! { <option value=p.index.to_string() selected=move || selected.get() == Some(p.index)>{label}</option> }
                        }).collect_view()}
                    </select>
                </p>
                {move || selected.get().map(|index| view! { <ProgrammeForm text index /> })}
                {move || who.get().map(|who| view! { <WhoSeesTable who /> })}
                {move || {
                    translations_read.track();
                    preview.get().map(|(dataset, id)| view! { <CardPreview dataset id /> })
                }}
                })}
                <p class="download">
                    <button type="button" class="button primary" data-testid="keepers-download" on:click=download>{words::DOWNLOAD}</button>
                    " "
                    <button type="button" class="button secondary" data-testid="keepers-clear-draft" prop:disabled=move || !changed() on:click=clear_draft>{words::CLEAR_DRAFT}</button>
                </p>
                <p>{move || if changed() { words::DOWNLOAD_NOTE } else { words::NOTHING_CHANGED }}</p>
                <p data-testid="keepers-draft">{move || if draft_kept.get() { words::DRAFT_KEPT } else { words::DRAFT_NOT_KEPT }}</p>
                {move || handed_over.get().map(|(text, mailto)| view! {
                    <h3>{words::SUMMARY_HEADING}</h3>
                    <pre class="summary-text" data-testid="keepers-summary">{text}</pre>
                    {mailto.map(|href| view! { <p><a href=href data-testid="keepers-send-summary">{words::SEND_SUMMARY}</a> " " {words::ATTACH_BY_HAND}</p> })}
                })}
            })}
        </section>
    }
}

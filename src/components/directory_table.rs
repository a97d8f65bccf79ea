use std::sync::Arc;

use leptos::ev::Event;
use leptos::prelude::*;

use crate::components::report_wrong::report_wrong;
use domain::answers::{Answers, Sort, AGE_MAX, AGE_MIN};
use domain::contact::ways;
use domain::dataset::Dataset;
use domain::directory::{ages_words, print_title, rows};
use domain::i18n::{plural, t, tf, Slot, T};
use domain::programme_texts::{shown, Field};
use domain::reasons::modality_words;
use domain::routes::Page;
use domain::vocabulary::{Choice, ModalityPreference, Situation, Stage};
use crate::state::{use_answers, use_go, History};

/// A filter of the directory: a `<select>` whose choice is written into the link.
fn select(key: &'static str, label: T, any: T, options: Vec<(String, String)>, chosen: Option<String>, on_change: impl Fn(Event) + 'static) -> impl IntoView {
    let id = format!("filtre-{key}");
    let chosen = chosen.unwrap_or_default();
    let options = options
        .into_iter()
        .map(|(value, words)| {
            let selected = value == chosen;
            view! { <option value=value selected=selected>{words}</option> }
        })
        .collect_view();
    view! {
        <label for=id.clone()>{t(label)}</label>
        <select id=id on:change=on_change>
            <option value="">{t(any)}</option>
            {options}
        </select>
    }
}

fn choices<C: Choice>(words: fn(C) -> &'static str) -> Vec<(String, String)> {
    C::ALL.iter().map(|c| (c.id().to_owned(), words(*c).to_owned())).collect()
}

/// The directory: its filters (territory, stage, age, way of meeting, situation) and its sortable
/// table, all in the link (`#territoire=roubaix&etape=lycee-pro&tri=age`), so a counsellor can keep
/// or send a filtered list. Each change replaces the entry of the history.
#[component]
pub fn DirectoryTable(dataset: Signal<Arc<Dataset>>) -> impl IntoView {
    let answers = use_answers();
    let go = use_go();
    // A filter's change, written into the link (the same entry of the history).
    let change = {
        let go = go.clone();
        move |edit: Box<dyn Fn(&mut Answers, String)>| {
            let go = go.clone();
            move |ev: Event| {
                let mut own = answers.get_untracked().0;
                edit(&mut own, event_target_value(&ev));
                go(Page::Directory, &own, History::Replace);
            }
        }
    };
    let table = move || {
        let (own, _) = answers.get();
        let data = dataset.get();
        let listed = rows(&data, &own);
        let sorted = own.sort.unwrap_or(Sort::Name);
        let sort_button = |sort: Sort, column: T| {
            let go = go.clone();
            let own = own.clone();
            let current = sorted == sort;
            view! {
                <th scope="col" role="columnheader" class="sortable" aria-sort=current.then_some("ascending")>
                    <button type="button" class="sort" on:click=move |_| go(Page::Directory, &Answers { sort: Some(sort), ..own.clone() }, History::Replace)>
                        {t(column)}
                        <span class="visually-hidden">{tf(T::DirectorySort, &[(Slot::Column, t(column))])}</span>
                    </button>
                </th>
            }
        };
        let lines = listed
            .iter()
            .map(|row| {
                let p = row.programme;
                let line = shown(&p.id, Field::Line, &p.line);
                let stages: Vec<&str> = p.audience.stages.iter().map(|s| s.short()).collect();
                let ages = ages_words(row);
                let who = |key, list: &[Situation]| {
                    (!list.is_empty()).then(|| {
                        let names: Vec<&str> = list.iter().map(|s| s.short()).collect();
                        view! { <p>{tf(key, &[(Slot::Who, &names.join(", "))])}</p> }
                    })
                };
                let contacts = ways(p, &Answers::default())
                    .into_iter()
                    .map(|way| view! { <li><a href=way.href() target="_blank" rel="noopener noreferrer" dir="ltr">{way.written()}</a></li> })
                    .collect_view();
                view! {
                    <tr role="row" data-testid="directory-row">
                        <th scope="row" role="rowheader">
                            <span class="name">{p.association.clone()}</span>
                            <span class="line" lang=line.lang() dir=line.dir()>{line.text.to_owned()}</span>
                        </th>
                        <td role="cell" data-label=t(T::DirectoryFor)>{ages} <br /> {stages.join(", ")}</td>
                        <td role="cell" data-label=t(T::DirectoryHow)>{modality_words(&p.modalities)}</td>
                        <td role="cell" data-label=t(T::DirectorySituations)>{who(T::DirectoryReserved, &p.audience.reserved_for)} {who(T::DirectoryWelcomes, &p.audience.welcomes)}</td>
                        <td role="cell" data-label=t(T::DirectoryContact)><ul class="plain">{contacts}</ul>{report_wrong(p, T::VolunteerReportNote)}</td>
                    </tr>
                }
            })
            .collect_view();
        let today = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
        let title = print_title(&data, own.territory.as_deref(), today.get(..10).unwrap_or_default());
        // On a phone each row is a card (style/main.css): the roles keep it a table for screen
        // readers when its display changes.
        view! {
            <p class="print-only print-title" data-testid="print-title">{title}</p>
            <div class="table-scroll">
                <table class="directory-table" role="table" data-testid="directory">
                    <caption>{plural(T::DirectoryCount, listed.len() as u64)}</caption>
                    <thead role="rowgroup">
                        <tr role="row">
                            {sort_button(Sort::Name, T::DirectoryProgramme)}
                            {sort_button(Sort::Age, T::DirectoryFor)}
                            <th scope="col" role="columnheader">{t(T::DirectoryHow)}</th>
                            <th scope="col" role="columnheader">{t(T::DirectorySituations)}</th>
                            <th scope="col" role="columnheader">{t(T::DirectoryContact)}</th>
                        </tr>
                    </thead>
                    <tbody role="rowgroup">{lines}</tbody>
                </table>
            </div>
        }
    };
    let own = answers.get_untracked().0;
    let territories = dataset.with_untracked(|d| d.territories.iter().map(|t| (t.id.clone(), t.name.clone())).collect());
    let modalities = vec![
        (ModalityPreference::Presentiel.id().to_owned(), modality_words(&[domain::vocabulary::Modality::Presentiel])),
        (ModalityPreference::Distanciel.id().to_owned(), modality_words(&[domain::vocabulary::Modality::Distanciel])),
    ];
    let age_change = change(Box::new(|a, v| a.age = v.trim().parse().ok().filter(|age| (AGE_MIN..=AGE_MAX).contains(age))));
    view! {
        <form class="directory-filters no-print" on:submit=|ev| ev.prevent_default()>
            <fieldset>
                <legend>{t(T::DirectoryFilters)}</legend>
                {select("territoire", T::DirectoryTerritory, T::DirectoryEverywhere, territories, own.territory.clone(), change(Box::new(|a, v| a.territory = (!v.is_empty()).then_some(v)))) }
                {select("etape", T::DirectoryStage, T::DirectoryAny, choices::<Stage>(Stage::short), own.stage.map(|s| s.id().to_owned()), change(Box::new(|a, v| a.stage = Stage::from_id(&v))))}
                <label for="filtre-age">{t(T::DirectoryAge)}</label>
                <input id="filtre-age" type="text" inputmode="numeric" maxlength="2" value=own.age.map(|a| a.to_string()).unwrap_or_default() on:change=age_change />
                {select("modalite", T::DirectoryModality, T::DirectoryAny, modalities, own.modality.map(|m| m.id().to_owned()), change(Box::new(|a, v| a.modality = ModalityPreference::from_id(&v))))}
                {select("situation", T::DirectorySituation, T::DirectoryAny, choices::<Situation>(Situation::short), own.situations.first().map(|s| s.id().to_owned()), change(Box::new(|a, v| a.situations = Situation::from_id(&v).into_iter().collect())))}
            </fieldset>
        </form>
        {table}
        <p class="no-print">
            <button type="button" class="secondary" on:click=|_| { let _ = window().print(); }>{t(T::DirectoryPrint)}</button>
        </p>
    }
}

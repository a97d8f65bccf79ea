use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::communes::{find, search_elsewhere, search_here};
use domain::combobox::{Combo, Offer, Step};
use domain::commune::{Commune, Search};
use domain::i18n::{t, tf, Slot, T};
use crate::state::use_setup;

/// « Ta commune ou ton code postal »: a combobox (the ARIA pattern with a list of suggestions).
/// Typing searches the territories' own communes; the list ends with « Chercher “…” ailleurs en
/// France », the only way to search the rest of France. The arrow keys move in the short list,
/// Enter or a tap chooses, Escape closes it. The status line says what was found, or that
/// searching elsewhere in France needs the network once. The commune already in the link is
/// shown by its name.
#[component]
pub fn CommuneField(
    /// The INSEE code of the commune already picked (the link's `commune=`).
    picked: Option<String>,
    /// Called with the commune picked.
    #[prop(into)]
    on_pick: Callback<Commune>,
    /// Whether the question's error shows: the field says it is invalid.
    #[prop(into)]
    invalid: Signal<bool>,
) -> impl IntoView {
    let base = use_setup().base;
    let state = RwSignal::new(Combo::default());
    // Answers that arrive late for letters typed since are dropped: the list shows the last search.
    let asked = StoredValue::new(0u32);

    if let Some(code) = picked {
        let base = base.clone();
        spawn_local(async move {
            if let Some(commune) = find(&base, &code).await {
                state.update(|s| {
                    if s.text.is_empty() {
                        s.text = commune.name.clone();
                        s.chosen = Some(commune);
                    }
                });
            }
        });
    }

    // Runs a search, in the territories or in France, for the text in the field.
    let run = {
        let base = base.clone();
        move |elsewhere: bool| {
            asked.update_value(|n| *n += 1);
            let this = asked.get_value();
            let (base, typed) = (base.clone(), state.with_untracked(|s| s.text.clone()));
            spawn_local(async move {
                let result = if elsewhere { search_elsewhere(&base, &typed).await } else { search_here(&base, &typed).await };
                if asked.get_value() == this {
                    state.update(|s| {
                        s.found = (!typed.trim().is_empty()).then_some(result);
                        s.active = None;
                    });
                }
            });
        }
    };
    let on_input = {
        let run = run.clone();
        move |ev| {
            let typed = event_target_value(&ev);
            state.update(|s| *s = Combo { text: typed, ..Combo::default() });
            run(false);
        }
    };
    let pick = move |commune: Commune| {
        state.set(Combo { text: commune.name.clone(), chosen: Some(commune.clone()), ..Combo::default() });
        on_pick.run(commune);
    };
    let take = move |step: Step| match step {
        Step::Pick(commune) => pick(commune),
        Step::SearchElsewhere => run(true),
        Step::Move(active) => state.update(|s| s.active = active),
        Step::Close => state.update(|s| s.found = None),
    };
    let on_keydown = {
        let take = take.clone();
        move |ev: KeyboardEvent| {
            let key = ev.key();
            let Some(step) = state.with_untracked(|s| s.step(&key)) else { return };
            ev.prevent_default();
            take(step);
        }
    };

    let open = move || state.with(Combo::open);
    let options = move || {
        let (offered, text) = state.with(|s| (s.offered(), s.text.trim().to_owned()));
        offered
            .into_iter()
            .enumerate()
            .map(|(i, offer)| {
                let label = match &offer {
                    Offer::Commune(commune) => commune.label(),
                    Offer::Elsewhere => tf(T::CommuneElsewhere, &[(Slot::Text, &text)]),
                };
                let elsewhere = offer == Offer::Elsewhere;
                let selected = move || state.with(|s| s.active == Some(i));
                let take = take.clone();
                view! {
                    <li
                        id=format!("commune-option-{i}")
                        role="option"
                        class="commune-option"
                        class:elsewhere=elsewhere
                        dir="auto"
                        aria-selected=move || selected().to_string()
                        // Keeps the focus in the field: a tap picks without closing the keyboard first.
                        on:mousedown=|ev| ev.prevent_default()
                        on:click=move |_| take(Combo::choose(offer.clone()))
                    >
                        {label}
                    </li>
                }
            })
            .collect_view()
    };
    let status = move || state.with(|s| match (&s.found, &s.chosen) {
        (_, Some(commune)) => match &commune.territory {
            Some(_) => tf(T::CommuneChosen, &[(Slot::Commune, &commune.name)]),
            None => tf(T::CommuneOutside, &[(Slot::Commune, &commune.name)]),
        },
        (Some(Search::Local(list)), None) if list.is_empty() => t(T::CommuneNotHere).to_owned(),
        (Some(Search::Local(list) | Search::Found(list)), None) => tf(T::CommuneCount, &[(Slot::N, &list.len().to_string())]),
        (Some(Search::TypeMore), None) => t(T::CommuneTypeMore).to_owned(),
        (Some(Search::Nothing), None) => t(T::CommuneNothing).to_owned(),
        (Some(Search::Offline), None) => t(T::CommuneOffline).to_owned(),
        (None, None) => String::new(),
    });

    view! {
        <div class="commune-field">
            <label for="commune">{t(T::CommuneLabel)}</label>
            <p id="commune-hint" class="hint">{t(T::CommuneHint)}</p>
            <input
                id="commune"
                type="text"
                // Communes are written in French: in Arabic, the field follows what is typed.
                dir="auto"
                role="combobox"
                autocomplete="off"
                autocapitalize="words"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls="commune-list"
                aria-expanded=move || open().to_string()
                aria-activedescendant=move || state.with(|s| s.active.map(|i| format!("commune-option-{i}")))
                aria-describedby="commune-hint commune-status question-error"
                aria-invalid=move || invalid.get().to_string()
                prop:value=move || state.with(|s| s.text.clone())
                on:input=on_input
                on:keydown=on_keydown
                on:blur=move |_| state.update(|s| s.found = None)
            />
            <ul id="commune-list" role="listbox" aria-label=t(T::CommuneLabel) hidden=move || !open()>
                {options}
            </ul>
            <p id="commune-status" class="commune-status" role="status">{status}</p>
        </div>
    }
}

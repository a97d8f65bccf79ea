use leptos::prelude::*;

use crate::domain::config::Colour;
use crate::domain::embed::{EmbedOptions, StartPage, PLAIN_IFRAME_HEIGHT, SANDBOX};
use crate::state::use_setup;

/// The generator form, the snippets it writes and a live preview.
#[component]
pub fn EmbedGenerator(
    /// (id, area) of each territory of the dataset.
    territories: Vec<(String, String)>,
) -> impl IntoView {
    let setup = use_setup();
    let origin = window().location().origin().unwrap_or_default();
    let app_url = format!("{origin}{}/", setup.base);
    let territory = RwSignal::new(territories.first().map(|(id, _)| id.clone()));
    let colour = RwSignal::new("#1d4f91".to_owned());
    let start = RwSignal::new(StartPage::Questionnaire);
    let options = Memo::new(move |_| EmbedOptions {
        app_url: app_url.clone(),
        territory: territory.get(),
        colour: Colour::parse(&colour.get()),
        start: start.get(),
    });
    let contrast = move || {
        Colour::parse(&colour.get()).map(|c| {
            let text = c.text_on();
            let name = if text.r == 0 { "noir" } else { "blanc" };
            // In tenths, as integers: formatting a float would pull float printing into the wasm.
            let tenths = (c.contrast(text) * 10.0).round() as u32;
            format!(
                "Le texte sur cette couleur sera {name} (contraste {},{} pour 1, au moins 4,5 exigé).",
                tenths / 10,
                tenths % 10
            )
        })
    };
    let territory_options = territories
        .into_iter()
        .map(|(id, area)| {
            let value = id.clone();
            view! { <option value=value selected=territory.get_untracked().as_deref() == Some(id.as_str())>{area}</option> }
        })
        .collect_view();
    let start_options = StartPage::ALL
        .into_iter()
        .map(|page| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="depart"
                        value=page.id()
                        prop:checked=move || start.get() == page
                        on:change=move |_| start.set(page)
                    />
                    <span>{page.label()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <form class="embed-form" on:submit=|ev| ev.prevent_default()>
            <h2>"1. Vos réglages"</h2>
            <label for="embed-territoire">"Territoire"</label>
            <select
                id="embed-territoire"
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    territory.set((!value.is_empty()).then_some(value));
                }
            >
                {territory_options}
                <option value="">"Aucun : le jeune choisit sa ville"</option>
            </select>
            <label for="embed-couleur">"Couleur principale"</label>
            <input id="embed-couleur" type="color" prop:value=move || colour.get() on:input=move |ev| colour.set(event_target_value(&ev)) />
            <p class="hint">{contrast}</p>
            <label for="embed-langue">"Langue"</label>
            <select id="embed-langue">
                <option value="fr">"Français (seule langue disponible pour l'instant)"</option>
            </select>
            <fieldset>
                <legend>"Page de départ"</legend>
                <div class="choices">{start_options}</div>
            </fieldset>
        </form>
        <h2>"2. Le code à copier"</h2>
        <p>"Recommandé : la hauteur du cadre suit le contenu, sans seconde barre de défilement."</p>
        <label for="embed-code-script">"Code avec script"</label>
        <textarea id="embed-code-script" class="snippet" readonly rows="5" prop:value=move || options.get().script_snippet()></textarea>
        <p>{format!("Sans script (hauteur fixe de {PLAIN_IFRAME_HEIGHT} pixels, le contenu défile dans le cadre) :")}</p>
        <label for="embed-code-iframe">"Code sans script"</label>
        <textarea id="embed-code-iframe" class="snippet" readonly rows="6" prop:value=move || options.get().iframe_snippet()></textarea>
        <h2>"3. Aperçu"</h2>
        <iframe
            class="embed-preview"
            title="Aperçu de Trouve ton mentor intégré"
            src=move || options.get().iframe_src()
            sandbox=SANDBOX
            referrerpolicy="no-referrer"
        ></iframe>
    }
}

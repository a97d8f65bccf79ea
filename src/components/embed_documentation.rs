use leptos::prelude::*;

use crate::domain::embed::SANDBOX;
use crate::loading::fetch_text;
use crate::state::use_setup;

/// What a webmaster needs to know beyond the snippet: parameters, sandbox, headers, storage.
#[component]
pub fn EmbedDocumentation() -> impl IntoView {
    let base = use_setup().base;
    let headers = LocalResource::new(move || fetch_text(format!("{base}/_headers")));
    view! {
        <h2>"Les paramètres"</h2>
        <p>"Le script lit ces attributs sur la balise div ; le cadre seul les lit dans son adresse."</p>
        <dl class="details">
            <dt>"data-territoire / territoire="</dt>
            <dd>"roubaix ou dunkerque : la question du territoire n'est pas posée."</dd>
            <dt>"data-couleur / couleur="</dt>
            <dd>"une couleur #rrggbb (écrire %23 pour # dans une adresse). Toute autre valeur est ignorée."</dd>
            <dt>"data-page"</dt>
            <dd>"questionnaire pour ouvrir directement la première question."</dd>
            <dt>"embed=1"</dt>
            <dd>"masque l'en-tête de l'application (le script l'ajoute de lui-même)."</dd>
        </dl>
        <h2>"Sécurité"</h2>
        <p>
            "Le cadre est isolé par l'attribut sandbox=\"" {SANDBOX} "\" : l'application s'y exécute et ouvre "
            "les sites et e-mails des associations dans un nouvel onglet, sans pouvoir modifier votre page. "
            "Le script ne redimensionne le cadre que sur un message venant de ce cadre et de l'adresse de l'application, "
            "et la hauteur est bornée."
        </p>
        <p data-testid="same-origin-warning">
            "Servez l'application depuis une autre adresse que votre site (par exemple un sous-domaine "
            "mentorat.ville.fr). Sur la même origine que votre page, le sandbox n'isole plus rien : un cadre qui a "
            "allow-scripts et allow-same-origin peut retirer son propre sandbox. Le script le signale alors dans la console."
        </p>
        <p>
            "Si votre site a une Content-Security-Policy, ajoutez l'adresse de l'application à frame-src "
            "(et à script-src pour le script). Ajoutez Referrer-Policy: no-referrer."
        </p>
        <p>
            "Qui héberge l'application sert avec elle les en-têtes ci-dessous. La politique autorise seulement "
            "les fichiers de l'application et le wasm ('wasm-unsafe-eval'), aucun script écrit dans la page : "
            "le même en-tête convient à toutes les versions. Il est dans _headers et nginx-security-headers.conf "
            "à côté de index.html. Réglez frame-ancestors sur les sites qui intègrent l'application."
        </p>
        <pre class="snippet" data-testid="security-headers">
            {move || match headers.get() {
                Some(Ok(text)) => text,
                _ => "Les en-têtes de cette version sont dans le fichier _headers à côté de index.html.".to_owned(),
            }}
        </pre>
        <h2>"Vie privée"</h2>
        <p>
            "L'application n'enregistre aucune réponse : elles restent dans l'adresse de la page, après le #, "
            "que les navigateurs n'envoient à aucun serveur. Pas de cookie, pas de mesure d'audience, aucune requête "
            "vers un autre site : pas besoin de bandeau de consentement."
        </p>
    }
}

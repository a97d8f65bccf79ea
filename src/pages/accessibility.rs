use leptos::prelude::*;

use crate::domain::routes::Page;

/// Déclaration d'accessibilité: what was tested, how, and what is known not to be.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <section class="statement">
            <h1>{Page::Accessibility.heading()}</h1>
            <p>
                "Trouve ton mentor veut être utilisable par tous les jeunes, au téléphone comme à l'ordinateur, "
                "avec ou sans souris, avec un lecteur d'écran ou un texte agrandi. Cette déclaration porte sur "
                "l'application, y compris quand elle est intégrée à un site municipal."
            </p>
            <h2>"État de conformité"</h2>
            <p>
                "L'application vise le niveau AA du RGAA 4.1 (WCAG 2.2). Elle n'a pas encore fait l'objet d'un audit "
                "RGAA complet par un tiers : elle est donc déclarée "<strong>"partiellement conforme"</strong>"."
            </p>
            <h2>"Ce qui est testé à chaque version"</h2>
            <ul>
                <li>
                    "axe-core, dans Chromium, sur chaque écran : chaque question, les résultats, l'écran sans résultat, "
                    "l'écran d'erreur, la page « Intégrer » et l'application intégrée (règles WCAG 2.0, 2.1 et 2.2 A et AA, "
                    "taille des cibles comprise, aucune règle désactivée) : aucune erreur."
                </li>
                <li>"Tout le questionnaire au clavier seul, jusqu'aux résultats ; à chaque question, le titre reçoit le focus et la question est annoncée."</li>
                <li>"Chaque question est un groupe de champs avec sa légende ; les erreurs sont écrites et reliées au champ."</li>
                <li>"Largeur de 320 pixels sans défilement horizontal ; texte agrandi à 200 % ; cibles d'au moins 44 × 44 pixels."</li>
                <li>"Pas d'animation ; la couleur n'est jamais la seule information ; contraste AA, même avec la couleur d'un site hôte."</li>
            </ul>
            <h2>"Ce qui n'est pas encore vérifié"</h2>
            <ul>
                <li>"Les parcours avec les lecteurs d'écran NVDA, JAWS, VoiceOver et TalkBack n'ont pas été testés par des personnes qui les utilisent."</li>
                <li>"Les textes des associations (descriptions, durées) sont écrits simplement, mais n'ont pas été relus en FALC."</li>
            </ul>
            <h2>"Technologies utilisées"</h2>
            <p>"HTML, CSS, WebAssembly (Rust et Leptos). Navigateurs testés : Chromium."</p>
            <h2>"Voies de recours"</h2>
            <p>
                "Si vous rencontrez un problème d'accès et que l'organisme qui publie l'application ne vous répond pas, "
                "vous pouvez écrire au Défenseur des droits ou contacter son délégué dans votre région."
            </p>
        </section>
    }
}

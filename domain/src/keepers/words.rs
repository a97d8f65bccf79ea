//! What the data keepers' page says, in French: the page speaks to the territories' coordinators,
//! who keep French files from French brochures. Here, not in the view, so that the native tests
//! read every sentence (French typography: a no-break space before « ? ! : ; »).

use super::report::{Kind, Report};

pub const INTRO: &str = "Vérifiez un fichier des programmes avant de le publier\u{a0}: il est lu avec les règles de l'application, et chaque problème est dit avec sa ligne et ce qu'il faut écrire à la place.";
pub const NOTHING_SENT: &str = "Rien n'est envoyé\u{a0}: le fichier est lu dans ce navigateur, sur votre appareil.";
pub const WHICH_FILE: &str = "Quel fichier\u{a0}?";
pub const THE_INDEX: &str = "L'index des territoires (index.json)";
pub const OPEN_SITE: &str = "Ouvrir le fichier du site";
pub const OPEN_COMPUTER: &str = "Ou un fichier de votre ordinateur (vous pouvez aussi le déposer ici)\u{a0}:";
pub const READ_AS: &str = "Ce que l'application a lu\u{a0}: ";
pub const CHECKED_HEADING: &str = "Vérifié le";
pub const PROGRAMME: &str = "Programme";
pub const ASK: &str = "À demander à";
pub const IT_IS: &str = "C'est le fichier";
pub const OVER_A_YEAR: &str = " (plus de 12\u{a0}mois)";

pub const FORM_HEADING: &str = "Corriger un programme";
pub const WHICH_PROGRAMME: &str = "Programme à corriger";
pub const EMAILS: &str = "Adresses e-mail (une par ligne)";
pub const PHONES: &str = "Téléphones (un par ligne)";
pub const WEBSITE: &str = "Site web";
pub const MIN_AGE: &str = "Âge minimum (vide\u{a0}: celui du territoire)";
pub const MAX_AGE: &str = "Âge maximum (vide\u{a0}: celui du territoire)";
pub const STAGES: &str = "Étapes du parcours";
pub const MODALITIES: &str = "Façons de se rencontrer";
pub const RESERVED_FOR: &str = "Réservé aux jeunes dans l'une de ces situations";
pub const WELCOMES: &str = "Attentif aux jeunes dans ces situations";
pub const INDEX_FORM_HEADING: &str = "Le Collectif Mentorat de chaque territoire";
pub const PREVIEW_HEADING: &str = "La carte que verra un jeune";
pub const PREVIEW_VOLUNTEER: &str = "La carte que verra un bénévole";
pub const PREVIEW_INTRO: &str = "Dans la langue de la page (les autres langues sont en haut de la page, le brouillon est gardé)\u{a0}: un texte changé depuis sa traduction s'affiche en français, marqué comme tel, jusqu'à ce que sa traduction soit refaite.";
pub const PREVIEW_NONE: &str = "Tant que ses problèmes ne sont pas corrigés, l'application ne montrera ce programme à personne.";
pub const PROFILES: &str = "Les mentors recherchés";
pub const MONTHS_MIN: &str = "Engagement d'un mentor, en mois, au moins (vide\u{a0}: non dit)";
pub const MONTHS_MAX: &str = "Engagement d'un mentor, en mois, au plus (vide\u{a0}: non dit)";
pub const EVERY_MENTOR: &str = "tous les mentors";
pub const AT_LEAST: &str = "Au moins";
pub const AT_MOST: &str = "Au plus (vide\u{a0}: non dit)";
pub const PER: &str = "Par";
pub const WHO_SEES: &str = "Qui verra ce programme";
pub const WHO_SEES_INTRO: &str = "Pour un jeune du territoire qui donne cette étape, cet âge et cette façon de se rencontrer (et, si le programme est réservé à une situation, qui la coche), selon les règles de l'application. Les cases changées sont marquées.";
pub const NO_CHANGE: &str = "Personne ne verra de différence.";
pub const THIS_PROGRAMME: &str = "Ce programme ";
pub const DOWNLOAD: &str = "Télécharger le fichier corrigé";
/// A brochure's excerpt under the field it backs.
pub fn excerpt(source: &str, excerpt: &str) -> String {
    format!("Brochure {source}\u{a0}: «\u{a0}{excerpt}\u{a0}»")
}

pub const CLEAR_DRAFT: &str = "Effacer le brouillon";
pub const DRAFT_KEPT: &str = "Vos changements sont gardés comme brouillon dans ce navigateur, sur cet appareil seulement, jusqu'à ce que vous l'effaciez\u{a0}: rien n'est envoyé.";
pub const DRAFT_FIRST: &str = "Un brouillon est en cours\u{a0}: téléchargez le fichier corrigé ou effacez le brouillon avant d'ouvrir un autre fichier.";
pub const DRAFT_RESUMED: &str = "Brouillon repris\u{a0}: ";
pub const DRAFT_NOT_KEPT: &str = "Le brouillon n'a pas pu être gardé dans ce navigateur (stockage plein ou bloqué)\u{a0}: téléchargez le fichier corrigé pour ne rien perdre.";
pub const SUMMARY_HEADING: &str = "Résumé des changements";
pub const SEND_SUMMARY: &str = "Envoyer le résumé au Collectif Mentorat";
pub const ATTACH_BY_HAND: &str = "Le fichier corrigé est à joindre à la main au message.";
pub const DOWNLOAD_NOTE: &str = "Le fichier téléchargé ne diffère du fichier ouvert que par les valeurs changées. Avant de le publier, il faut encore l'extrait de la brochure (ou une source «\u{a0}correspondance\u{a0}») qui atteste chaque fait changé, la décision d'une deuxième personne qui relit, et les traductions à refaire\u{a0}: cette page ne dit pas que le fichier passera tous les tests du site.";
pub const NOTHING_CHANGED: &str = "Rien n'a encore été changé.";

/// The site's copy of a file, as the report names it.
pub fn site_file(file: &str) -> String {
    format!("Le fichier du site data/{file}.json")
}

/// A file from the coordinator's computer, as the report names it.
pub fn computer_file(name: &str) -> String {
    format!("Votre fichier {name}")
}

/// The report's title: where the file came from, and its date when known.
pub fn report_title(name: &str, date: &str) -> String {
    if date.is_empty() {
        name.to_owned()
    } else {
        format!("{name}, daté du {date}")
    }
}

/// A file that could not be opened.
pub fn not_opened(name: &str, why: &str) -> String {
    format!("{name}\u{a0}: {why}")
}

/// The index could not be read: the territories' files cannot be checked.
pub fn index_unread(why: &str) -> String {
    format!("L'index du site n'a pas pu être lu\u{a0}: {why}")
}

/// The one sentence that says what the app will do with the file.
pub fn verdict(report: &Report) -> String {
    let count = report.findings.len();
    let problems = if count == 1 { "1\u{a0}problème".to_owned() } else { format!("{count}\u{a0}problèmes") };
    match (report.fine(), report.refused, &report.kind) {
        (true, _, Some(Kind::Territory(_))) => {
            format!("Le fichier est bon\u{a0}: l'application lit ses {}\u{a0}programmes.", report.freshness.len())
        }
        (true, _, _) => "Le fichier est bon\u{a0}: l'application le lit en entier.".to_owned(),
        (false, true, _) => format!("{problems}\u{a0}: l'application ne peut pas lire ce fichier, elle n'en montrerait rien."),
        (false, false, _) => format!("{problems}\u{a0}: l'application laissera de côté ce qui est nommé ci-dessous tant que ce n'est pas corrigé."),
    }
}

/// Where a problem is: the line, after what it is about.
pub fn at_line(line: usize) -> String {
    format!(", ligne {line}")
}

/// A field in plain words and what to write in it.
pub fn what_to_write(label: &str, advice: &str) -> String {
    format!("{label}\u{a0}: {advice}.")
}

/// How many programmes were checked more than a year ago.
pub fn freshness_summary(stale: usize) -> String {
    match stale {
        0 => "Tous les programmes ont été vérifiés depuis moins de 12\u{a0}mois.".to_owned(),
        1 => "1\u{a0}programme a été vérifié il y a plus de 12\u{a0}mois\u{a0}: il est en tête, avec qui lui demander.".to_owned(),
        n => format!("{n}\u{a0}programmes ont été vérifiés il y a plus de 12\u{a0}mois\u{a0}: ils sont en tête, avec qui leur demander."),
    }
}

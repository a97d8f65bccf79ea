//! Each field of the dataset in a coordinator's words: its name, and what to write in it. The
//! rules are the app's own (`dataset::checks`, `dataset::read`); this only says them plainly.

/// A field's name and what to write in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub label: &'static str,
    pub advice: &'static str,
}

const fn field(label: &'static str, advice: &'static str) -> Field {
    Field { label, advice }
}

/// A field path as the reader names it (`contact.emails[1]`, `evidence[0].excerpt`), its
/// positions dropped: `contact.emails`.
fn shape(path: &str) -> String {
    let mut out = String::new();
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => in_index = true,
            ']' => in_index = false,
            _ if !in_index => out.push(c),
            _ => {}
        }
    }
    out
}

const STAGES: &str = "choisis parmi ecole, college, lycee-general, lycee-techno, lycee-pro, apprentissage, etudes-superieures, recherche-emploi, emploi (au moins une)";
const SITUATIONS: &str = "choisis parmi ase, refugie, immigration, qpv, decrochage, primo-arrivant, ou laisse la liste vide";
const TEXT: &str = "écris une ou deux phrases simples, 2000 caractères au plus";
const EXCERPT: &str = "recopie quelques mots de la brochure qui disent ce fait, mot pour mot";
const EMAIL: &str = "écris une adresse comme contact@association.fr, sans espace ni accent";

/// The words for a field of a programme, a territory, a region or the file's header. A field
/// this table does not know keeps the reader's name for it, and a general advice.
pub fn describe(path: &str) -> Field {
    match shape(path).as_str() {
        "" | "." => field("Fiche entière", "vérifie que la fiche est un objet entre accolades { }"),
        "id" => field("Identifiant", "écris des minuscules sans accents et des chiffres, mots séparés par des tirets\u{a0}; celui d'un programme finit par son territoire (afev-roubaix)"),
        "code" => field("Code de la région", "écris le code officiel de la région (32 pour les Hauts-de-France)"),
        "association" => field("Association", "écris le nom de l'association tel qu'elle l'écrit"),
        "territory" => field("Territoire", "écris l'identifiant d'un territoire de l'index (roubaix, dunkerque)"),
        "name" => field("Nom", "écris le nom court que verra le jeune"),
        "area" => field("Zone couverte", "écris la zone que couvre la brochure"),
        "summary" => field("Résumé", TEXT),
        "line" => field("Phrase d'accroche", "écris ce qu'est le programme en une ligne courte (environ 80 caractères)"),
        "created" => field("Année de création", "écris une année entre 1900 et 2100, en chiffres (2015)"),
        "audience" => field("Public", "indique au moins les étapes (stages)"),
        "audience.stages" => field("Étapes du parcours", STAGES),
        "audience.ages" => field("Âges", "écris l'âge minimum, l'âge maximum ou les deux, en nombres entiers, le minimum au plus égal au maximum"),
        "audience.ages.min" => field("Âge minimum", "écris un nombre entier, au plus égal à l'âge maximum"),
        "audience.ages.max" => field("Âge maximum", "écris un nombre entier, au moins égal à l'âge minimum"),
        "audience.reserved_for" => field("Réservé à", SITUATIONS),
        "audience.welcomes" => field("Accueille en particulier", SITUATIONS),
        "needs" => field("Besoins", "choisis parmi scolarite, orientation, insertion-pro, confiance, ouverture (au moins un)"),
        "modalities" => field("Façons de se rencontrer", "choisis presentiel, distanciel ou les deux"),
        "duration" => field("Durée", TEXT),
        "frequency" => field("Rythme", TEXT),
        "mentors" => field("Les mentors", TEXT),
        "capacity" => field("Places", TEXT),
        "mentoring" => field("Ce qui est demandé aux mentors", "indique au moins les profils de mentors (profiles)"),
        "mentoring.profiles" => field("Profils de mentors", "choisis parmi lyceen, etudiant, alternant, salarie, agent-public, retraite (au moins un)"),
        "mentoring.min_age" => field("Âge minimum des mentors", "écris un nombre entier, ou une entrée par profil, chaque profil une seule fois et recruté par le programme"),
        "mentoring.hours" => field("Heures des mentors", "écris min (plus grand que 0), max (facultatif, au moins égal à min) et per (semaine ou mois)"),
        "mentoring.months" => field("Durée de l'engagement des mentors", "écris min en mois (plus grand que 0) et max (facultatif, au moins égal à min)"),
        "mentoring.frequency" => field("Rythme pour les mentors", TEXT),
        "mentoring.support" => field("Formation et soutien des mentors", TEXT),
        "figures" => field("Chiffres", "écris l'année (year) et le nombre de jeunes accompagnés (mentored), en nombres entiers"),
        "figures.year" | "figures.mentored" => field("Chiffres", "écris un nombre entier, sans espace"),
        "contact" => field("Contact", "écris au moins le site web (website)"),
        "contact.website" => field("Site web", "écris une adresse qui commence par https:// (ou http://), sans espace"),
        "contact.emails" => field("Adresse e-mail", EMAIL),
        "contact.phones" => field("Téléphone", "écris 10 chiffres, en groupes de deux (03 20 00 00 00), ou avec +33"),
        "collectif_email" => field("Adresse e-mail du Collectif Mentorat", EMAIL),
        "ages" => field("Âges du territoire", "écris l'âge minimum et l'âge maximum, en nombres entiers, le minimum au plus égal au maximum"),
        "codes" => field("Codes officiels", "écris au moins un code\u{a0}: le SIREN de l'EPCI (9 chiffres) ou le code INSEE d'une commune"),
        "codes.epci" => field("Code de l'EPCI", "écris le SIREN de l'EPCI\u{a0}: 9 chiffres"),
        "codes.communes" => field("Code de commune", "écris le code INSEE de la commune\u{a0}: 5 caractères (59512)"),
        "departements" => field("Départements", "écris au moins un numéro de département (59)"),
        "source" | "evidence.source" => field("Brochure", "écris l'identifiant d'une brochure de la liste des sources de l'index (sources)"),
        "checked" => field("Vérifié le", "écris la date au format AAAA-MM-JJ (2026-03-15)"),
        "evidence" => field("Extraits de brochure", "ajoute un extrait qui atteste chaque fait que l'application utilise"),
        "evidence.fact" => field("Fait attesté", "choisis le fait que l'extrait atteste\u{a0}: stages, ages, modalities, reserved-for, welcomes, needs, mentor-profiles, mentor-age, mentor-hours, mentor-months, collectif-email"),
        "evidence.excerpt" => field("Extrait", EXCERPT),
        "schema_version" => field("Version du format", "garde le numéro de version du fichier publié"),
        "updated" => field("Mis à jour le", "écris la date au format AAAA-MM-JJ (2026-03-15)"),
        "sources" => field("Brochures (sources)", "garde une entrée par brochure\u{a0}: id, title, file"),
        "fallback" | "fallback.website" => field("Lien national", "écris une adresse qui commence par https://"),
        "territories" => field("Territoires", "garde la liste des territoires entre crochets [ ]"),
        "regions" => field("Régions", "garde la liste des régions entre crochets [ ]"),
        "programmes" => field("Programmes", "garde la liste des programmes entre crochets [ ]"),
        "extraits" => field("Extraits à part", "ouvre le fichier publié, avec ses extraits, pas la copie de l'application"),
        _ => field("Champ", "corrige la valeur comme l'indique le détail"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_is_named_whatever_its_position_in_a_list() {
        assert_eq!(describe("contact.emails[2]").label, "Adresse e-mail");
        assert_eq!(describe("evidence[3].excerpt").label, "Extrait");
        assert_eq!(describe("audience.ages.min").label, "Âge minimum");
    }
}

//! The words of each question: what is asked, and why it is asked (the young person is told).

use super::answers::Question;

impl Question {
    /// The question, in plain words (it is the step's heading and its fieldset's legend).
    pub fn title(self) -> &'static str {
        match self {
            Question::Territoire => "Où habites-tu ?",
            Question::Age => "Quel âge as-tu ?",
            Question::Etape => "Aujourd'hui, tu es…",
            Question::Besoin => "Pour quoi veux-tu de l'aide ?",
            Question::Modalite => "Comment veux-tu voir ton mentor ?",
            Question::Situation => "Est-ce que l'une de ces phrases parle de toi ?",
        }
    }

    /// Why the question is asked, shown under it.
    pub fn why(self) -> &'static str {
        match self {
            Question::Territoire => "Chaque association travaille dans certaines villes.",
            Question::Age => "Certaines associations accompagnent seulement certains âges.",
            Question::Etape => "Les associations n'accompagnent pas toutes les mêmes jeunes : école, lycée, travail…",
            Question::Besoin => {
                "Tu peux en choisir plusieurs, ou aucune. Cela sert à mettre en premier les programmes qui t'aident le plus."
            }
            Question::Modalite => "Certains mentors te voient en vrai, d'autres par téléphone ou en vidéo.",
            Question::Situation => {
                "Facultatif. Certains programmes sont réservés à des jeunes dans ces situations. \
                 Tes réponses restent sur ton appareil : elles ne sont envoyées à personne."
            }
        }
    }

    /// What to do when the young person tries to go on without answering.
    pub fn missing(self) -> &'static str {
        match self {
            Question::Territoire => "Choisis ta ville pour continuer.",
            Question::Age => "Écris ton âge en chiffres, entre 5 et 35 ans.",
            Question::Etape => "Choisis une réponse pour continuer.",
            Question::Modalite => "Choisis une réponse pour continuer.",
            Question::Besoin | Question::Situation => "",
        }
    }
}

//! The communes « Où habites-tu ? » finds, and the territory each one leads to.
//!
//! The build writes them from the administration's own list (`scripts/communes.mjs`, from
//! `@etalab/decoupage-administratif`): the communes of the dataset's territories in one small file
//! that works offline (`data/recherche/territoires.json`), and the rest of France in files of at
//! least 200 communes, by the start of the name and by département (`data/communes/`), searched
//! only when the young person asks to search elsewhere in France. Names match without accents,
//! case or hyphens (« grande synthe » is « Grande-Synthe »).

use super::json::Json;

/// At most this many communes are offered under the field.
pub const SHOWN: usize = 8;

/// A name slice is fetched only when the letters typed lead to at most this many files.
pub const FILES_AT_ONCE: usize = 3;

/// A commune as the field offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commune {
    /// Its INSEE code (`59271`), written in the link as `commune=59271`.
    pub code: String,
    pub name: String,
    pub postcodes: Vec<String>,
    /// The commune it belongs to, for a « commune associée » or « déléguée » (Saint-Pol-sur-Mer
    /// within Dunkerque).
    pub within: Option<String>,
    /// The dataset's territory it is in, if any.
    pub territory: Option<String>,
}

impl Commune {
    /// How the short list names it: « Grande-Synthe (59760) », « Saint-Pol-sur-Mer (Dunkerque) ».
    pub fn label(&self) -> String {
        match (&self.within, self.postcodes.first()) {
            (Some(parent), _) => format!("{} ({parent})", self.name),
            (None, Some(postcode)) => format!("{} ({postcode})", self.name),
            (None, None) => self.name.clone(),
        }
    }
}

/// A name as it is compared: no accents, no case, anything but letters and digits as one space.
/// `scripts/communes.mjs` slices the national list by the same rule.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.chars().map(crate::case::lower) {
        let plain: &str = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
            'ç' => "c",
            'è' | 'é' | 'ê' | 'ë' => "e",
            'ì' | 'í' | 'î' | 'ï' => "i",
            'ñ' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => "o",
            'ù' | 'ú' | 'û' | 'ü' => "u",
            'ý' | 'ÿ' => "y",
            'œ' => "oe",
            'æ' => "ae",
            c if c.is_ascii_alphanumeric() => {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(c);
                continue;
            }
            _ => {
                space = !out.is_empty();
                continue;
            }
        };
        if space {
            out.push(' ');
            space = false;
        }
        out.push_str(plain);
    }
    out
}

/// The département an INSEE code is in (`59`, `2A`, `974`).
pub fn departement(code: &str) -> &str {
    let three = code.starts_with("97") || code.starts_with("98");
    code.get(..if three { 3 } else { 2 }).unwrap_or(code)
}

/// Whether a text is an INSEE code: five digits, or `2A`/`2B` and three digits (Corsica).
pub fn is_insee_code(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 5
        && b[0].is_ascii_digit()
        && (b[1].is_ascii_digit() || (b[0] == b'2' && matches!(b[1], b'A' | b'B')))
        && b[2..].iter().all(u8::is_ascii_digit)
}

fn text(value: Option<&Json>) -> Option<String> {
    value.and_then(Json::as_str).map(str::to_owned)
}

/// Reads a file of communes (`{"communes": [{"c", "n", "p", "in"?, "t"?}]}`), as the build
/// writes them. A file that is not one is an error: the field then says it cannot search.
pub fn read_communes(text_: &str) -> Result<Vec<Commune>, String> {
    let root = Json::parse(text_)?;
    let Some(Json::Array(items)) = root.get("communes") else {
        return Err("« communes » est absent ou n'est pas une liste".into());
    };
    items
        .iter()
        .map(|item| {
            let code = text(item.get("c")).filter(|c| is_insee_code(c)).ok_or("un code INSEE est attendu (« c »)")?;
            let name = text(item.get("n")).ok_or("un nom est attendu (« n »)")?;
            let postcodes = match item.get("p") {
                Some(Json::Array(list)) => list.iter().filter_map(Json::as_str).map(str::to_owned).collect(),
                _ => return Err("une liste de codes postaux est attendue (« p »)".into()),
            };
            Ok(Commune { code, name, postcodes, within: text(item.get("in")), territory: text(item.get("t")) })
        })
        .collect()
}

/// Reads the territories' communes (`data/recherche/territoires.json`), with the source of the
/// official list the build read (`@etalab/decoupage-administratif 6.0.0`).
pub fn read_territories(text_: &str) -> Result<(String, Vec<Commune>), String> {
    let source = text(Json::parse(text_)?.get("source")).ok_or("« source » est absent")?;
    Ok((source, read_communes(text_)?))
}

/// The communes that fit what was typed, the most populated first (the files' order), without
/// two of the same code and name: a name starts with the letters typed, or a postcode with the
/// digits. Several lists are searched in order (the territories' own first).
pub fn matching<'a>(typed: &str, lists: &[&'a [Commune]]) -> Vec<&'a Commune> {
    let wanted = normalize(typed);
    if wanted.is_empty() {
        return Vec::new();
    }
    let digits = wanted.bytes().all(|b| b.is_ascii_digit());
    let mut found: Vec<&Commune> = Vec::new();
    for commune in lists.iter().flat_map(|list| list.iter()) {
        let fits = if digits {
            commune.postcodes.iter().any(|p| p.starts_with(&wanted)) || commune.code == wanted
        } else {
            normalize(&commune.name).starts_with(&wanted)
        };
        if fits && !found.iter().any(|f| f.code == commune.code && f.name == commune.name) {
            found.push(commune);
            if found.len() == SHOWN {
                break;
            }
        }
    }
    found
}

/// A commune by its code (a link's `commune=`): a current commune rather than one of its
/// delegated parts that shares its code.
pub fn by_code<'a>(code: &str, lists: &[&'a [Commune]]) -> Option<&'a Commune> {
    let all = || lists.iter().flat_map(|list| list.iter()).filter(|c| c.code == code);
    all().find(|c| c.within.is_none()).or_else(|| all().next())
}

/// What a search found, for the short list under the field and its status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Search {
    /// Among the territories' own communes (no request that depends on the text): those that fit,
    /// maybe none. The list then offers to search elsewhere in France.
    Local(Vec<Commune>),
    /// The communes of France that fit (at most `SHOWN`), the territories' own first.
    Found(Vec<Commune>),
    /// Too few letters to search the national list.
    TypeMore,
    /// No commune of France starts like this.
    Nothing,
    /// The rest of France needs the network once.
    Offline,
}

/// How the national list is sliced (`data/recherche/index.json`): files of at least 200
/// communes, so that the file a search downloads says little of what was typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Slices {
    /// The name files, each the keys it holds (the communes whose name starts with one of them);
    /// a file is `noms/<first key>.json` (spaces written as hyphens).
    pub names: Vec<Vec<String>>,
    /// The département files, each the départements it holds; a file is `dep/<first>.json`.
    pub departements: Vec<Vec<String>>,
    /// The first two digits of a postcode, and the départements whose communes have one.
    pub postcodes: Vec<(String, Vec<String>)>,
}

/// What a search needs from the national list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// Too few letters to choose a slice: « écris encore une lettre ».
    TypeMore,
    /// These files of `data/communes/`, fetched together.
    Files(Vec<String>),
    /// No commune of France starts like this.
    Nothing,
}

impl Slices {
    pub fn read(text_: &str) -> Result<Slices, String> {
        let root = Json::parse(text_)?;
        let strings = |value: &Json| match value {
            Json::Array(items) => items.iter().filter_map(Json::as_str).map(str::to_owned).collect(),
            _ => Vec::new(),
        };
        let groups = |key: &'static str| match root.get(key) {
            Some(Json::Array(files)) if !files.is_empty() => {
                let files: Vec<Vec<String>> = files.iter().map(strings).collect();
                if files.iter().any(Vec::is_empty) { Err(format!("« {key} » a un fichier vide")) } else { Ok(files) }
            }
            _ => Err(format!("« {key} » est absent ou vide")),
        };
        let names = groups("names")?;
        let departements = groups("departements")?;
        let Some(Json::Object(postcodes)) = root.get("postcodes") else {
            return Err("« postcodes » est absent ou n'est pas un objet".into());
        };
        let postcodes = postcodes.iter().map(|(k, v)| (k.to_string(), strings(v))).collect();
        Ok(Slices { names, departements, postcodes })
    }

    /// The files to search for what was typed: a postcode's départements, or the name slices
    /// that the letters lead to (at most `FILES_AT_ONCE`).
    pub fn lookup(&self, typed: &str) -> Lookup {
        let wanted = normalize(typed);
        if wanted.len() < 2 {
            return Lookup::TypeMore;
        }
        let mut files: Vec<String> = Vec::new();
        let mut add = |file: String| {
            if !files.contains(&file) {
                files.push(file);
            }
        };
        if wanted.bytes().all(|b| b.is_ascii_digit()) {
            let departements = self.postcodes.iter().find(|(two, _)| *two == wanted[..2]).map(|(_, deps)| deps.as_slice()).unwrap_or_default();
            departements.iter().filter_map(|d| self.departement_file(d)).for_each(&mut add);
            return if files.is_empty() { Lookup::Nothing } else { Lookup::Files(files) };
        }
        // A key that a longer key extends was split: it holds only the communes named exactly so.
        let keys = || self.names.iter().flatten();
        let split = |k: &str| keys().any(|other| other.len() > k.len() && other.starts_with(k));
        let leads_here = |k: &str| k.starts_with(&wanted) || (wanted.starts_with(k) && !split(k));
        for file in &self.names {
            if file.iter().any(|k| leads_here(k)) {
                add(format!("noms/{}.json", file[0].replace(' ', "-")));
            }
        }
        match files.len() {
            0 => Lookup::Nothing,
            n if n > FILES_AT_ONCE => Lookup::TypeMore,
            _ => Lookup::Files(files),
        }
    }

    /// The file that holds a département's communes.
    pub fn departement_file(&self, departement: &str) -> Option<String> {
        let group = self.departements.iter().find(|group| group.iter().any(|d| d == departement))?;
        Some(format!("dep/{}.json", group[0]))
    }

    /// The file that holds a commune by its code.
    pub fn file_of(&self, code: &str) -> Option<String> {
        self.departement_file(departement(code))
    }
}

//! The QR code of a link, as an SVG document: black modules on white, with the quiet zone a
//! scanner needs, at least 160 px wide. Plain Rust, tested natively; `main.rs` is the worker.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The QR code of `text` (medium error correction: a crease or a stain on paper still reads).
/// `None` for a text too long for any QR code.
pub fn svg_of(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color>()
            .min_dimensions(160, 160)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .quiet_zone(true)
            .build(),
    )
}

#[cfg(test)]
mod tests {
    use super::svg_of;

    #[test]
    fn a_link_becomes_an_svg_document_and_a_text_too_long_none() {
        let svg = svg_of("https://mentorat.exemple.fr/resultats#territoire=roubaix&age=16&garde=afev-roubaix").unwrap();
        assert!(svg.starts_with("<?xml") && svg.contains("<svg") && svg.contains("#000000"), "{}", &svg[..80]);
        assert!(svg_of(&"x".repeat(5000)).is_none());
    }
}

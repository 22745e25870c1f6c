//! A small PDF writer for printable summaries: A4 pages of wrapped text in an embedded
//! TrueType font (Noto Sans, regular and bold; Latin, Greek, Cyrillic), written as
//! CID-keyed fonts (Identity-H) with a ToUnicode map so the text can be searched, copied and
//! extracted (`pdftotext`). Left-to-right scripts without shaping only: the caller checks
//! [`Fonts::covers`] first.
//!
//! The fonts are embedded whole (no subsetting), so a summary weighs about 1 MB.

use crate::error::{ExportError, Result};
use std::collections::BTreeMap;
use std::fmt::Write as _;

const REGULAR: &[u8] = include_bytes!("../../../../ui/public/fonts/NotoSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../../ui/public/fonts/NotoSans-Bold.ttf");

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 56.0;

/// One block of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The document title.
    Title(String),
    /// A section heading.
    Heading(String),
    /// A `label: value` line (label in bold).
    Field(String, String),
    /// A paragraph.
    Text(String),
    /// A bulleted line.
    Bullet(String),
    /// Small print.
    Small(String),
}

struct Font {
    face: ttf_parser::Face<'static>,
    bytes: &'static [u8],
    units: f32,
    /// Glyph id -> (advance in font units, the text it stands for).
    used: BTreeMap<u16, (u16, String)>,
}

impl Font {
    fn load(bytes: &'static [u8]) -> Result<Font> {
        let face =
            ttf_parser::Face::parse(bytes, 0).map_err(|e| ExportError::Font(e.to_string()))?;
        let units = f32::from(face.units_per_em());
        Ok(Font {
            face,
            bytes,
            units,
            used: BTreeMap::new(),
        })
    }

    fn glyph(&self, c: char) -> Option<(u16, u16)> {
        let g = self.face.glyph_index(c)?;
        Some((g.0, self.face.glyph_hor_advance(g).unwrap_or(0)))
    }

    fn width(&self, s: &str, size: f32) -> f32 {
        s.chars()
            .map(|c| self.glyph(c).map_or(0.0, |(_, a)| f32::from(a)))
            .sum::<f32>()
            * size
            / self.units
    }

    /// The hex string of glyph ids for `s`, recording each glyph for the width and
    /// ToUnicode tables.
    fn encode(&mut self, s: &str) -> String {
        let mut out = String::with_capacity(s.len() * 4);
        for c in s.chars() {
            if let Some((g, adv)) = self.glyph(c) {
                self.used.entry(g).or_insert_with(|| (adv, c.to_string()));
                let _ = write!(out, "{g:04X}");
            }
        }
        out
    }
}

/// The embedded fonts.
pub struct Fonts {
    regular: Font,
    bold: Font,
}

impl Fonts {
    /// Load the embedded fonts.
    pub fn load() -> Result<Fonts> {
        Ok(Fonts {
            regular: Font::load(REGULAR)?,
            bold: Font::load(BOLD)?,
        })
    }

    /// The first character of `s` the fonts cannot draw, if any (whitespace aside).
    pub fn covers(&self, s: &str) -> Option<char> {
        s.chars().find(|c| {
            !c.is_whitespace()
                && (self.regular.glyph(*c).is_none() || self.bold.glyph(*c).is_none())
        })
    }
}

struct Line {
    bold: bool,
    size: f32,
    x: f32,
    text: String,
    gap_before: f32,
}

/// Render blocks to a PDF document.
/// `sep` joins a field's label and value (`": "` in English, `" : "` in French).
pub fn render(mut fonts: Fonts, blocks: &[Block], title: &str, sep: &str) -> Vec<u8> {
    let width = PAGE_W - 2.0 * MARGIN;
    let mut lines = Vec::new();
    for b in blocks {
        let (bold, size, indent, gap, text) = match b {
            Block::Title(t) => (true, 18.0, 0.0, 0.0, t.clone()),
            Block::Heading(t) => (true, 13.0, 0.0, 12.0, t.clone()),
            Block::Field(l, v) => (false, 10.5, 0.0, 2.0, format!("{l}{sep}{v}")),
            Block::Text(t) => (false, 10.5, 0.0, 4.0, t.clone()),
            Block::Bullet(t) => (false, 10.5, 12.0, 1.0, format!("• {t}")),
            Block::Small(t) => (false, 8.5, 0.0, 8.0, t.clone()),
        };
        let font = if bold { &fonts.bold } else { &fonts.regular };
        for (i, l) in wrap(font, &text, size, width - indent)
            .into_iter()
            .enumerate()
        {
            lines.push(Line {
                bold,
                size,
                x: MARGIN
                    + if i > 0 && indent > 0.0 {
                        indent + 6.0
                    } else {
                        indent
                    },
                text: l,
                gap_before: if i == 0 { gap } else { 0.0 },
            });
        }
    }
    // Paginate and write the content streams.
    let mut pages: Vec<String> = Vec::new();
    let mut content = String::new();
    let mut y = PAGE_H - MARGIN;
    for line in &lines {
        let lead = line.size * 1.35;
        if y - line.gap_before - lead < MARGIN {
            pages.push(std::mem::take(&mut content));
            y = PAGE_H - MARGIN;
        } else {
            y -= line.gap_before;
        }
        y -= lead;
        let font = if line.bold {
            &mut fonts.bold
        } else {
            &mut fonts.regular
        };
        let hex = font.encode(&line.text);
        let name = if line.bold { "F2" } else { "F1" };
        let _ = writeln!(
            content,
            "BT /{name} {:.1} Tf {:.2} {:.2} Td <{hex}> Tj ET",
            line.size, line.x, y
        );
    }
    pages.push(content);
    write_document(&fonts, &pages, title)
}

/// Greedy word wrap on spaces; a word longer than the line is split by characters.
fn wrap(font: &Font, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for word in text.split(' ') {
        let candidate = if cur.is_empty() {
            word.to_string()
        } else {
            format!("{cur} {word}")
        };
        if font.width(&candidate, size) <= width {
            cur = candidate;
            continue;
        }
        if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if font.width(&piece, size) > width && piece.chars().count() > 1 {
                piece.pop();
                out.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        cur = piece;
    }
    if !cur.is_empty() || out.is_empty() {
        out.push(cur);
    }
    out
}

struct Pdf {
    buf: Vec<u8>,
    offsets: Vec<usize>,
}

impl Pdf {
    fn obj(&mut self, id: usize, body: &[u8]) {
        if self.offsets.len() <= id {
            self.offsets.resize(id + 1, 0);
        }
        self.offsets[id] = self.buf.len();
        self.buf
            .extend_from_slice(format!("{id} 0 obj\n").as_bytes());
        self.buf.extend_from_slice(body);
        self.buf.extend_from_slice(b"\nendobj\n");
    }

    fn stream(&mut self, id: usize, dict: &str, data: &[u8]) {
        let mut body = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
        body.extend_from_slice(data);
        body.extend_from_slice(b"\nendstream");
        self.obj(id, &body);
    }
}

fn write_document(fonts: &Fonts, pages: &[String], title: &str) -> Vec<u8> {
    let mut pdf = Pdf {
        buf: b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec(),
        offsets: vec![0],
    };
    // Object ids: 1 catalog, 2 pages, 3 info, 4..=13 fonts (5 each), then page/content pairs.
    let font_ids = [4usize, 9];
    let first_page = 14;
    let kids: Vec<String> = (0..pages.len())
        .map(|i| format!("{} 0 R", first_page + 2 * i))
        .collect();
    pdf.obj(1, b"<< /Type /Catalog /Pages 2 0 R >>");
    pdf.obj(
        2,
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            pages.len()
        )
        .as_bytes(),
    );
    pdf.obj(
        3,
        format!(
            "<< /Title <FEFF{}> /Producer (Harbour) >>",
            utf16_hex(title)
        )
        .as_bytes(),
    );
    for (font, base, name) in [
        (&fonts.regular, font_ids[0], "NotoSans-Regular"),
        (&fonts.bold, font_ids[1], "NotoSans-Bold"),
    ] {
        write_font(&mut pdf, font, base, name);
    }
    for (i, content) in pages.iter().enumerate() {
        let page = first_page + 2 * i;
        pdf.obj(
            page,
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] /Resources << /Font << /F1 {} 0 R /F2 {} 0 R >> >> /Contents {} 0 R >>",
                font_ids[0],
                font_ids[1],
                page + 1
            )
            .as_bytes(),
        );
        pdf.stream(page + 1, "", content.as_bytes());
    }
    let xref = pdf.buf.len();
    let n = pdf.offsets.len();
    let mut tail = format!("xref\n0 {n}\n0000000000 65535 f \n");
    for off in &pdf.offsets[1..] {
        let _ = write!(tail, "{off:010} 00000 n \n");
    }
    let _ = write!(
        tail,
        "trailer\n<< /Size {n} /Root 1 0 R /Info 3 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    );
    pdf.buf.extend_from_slice(tail.as_bytes());
    pdf.buf
}

/// Five objects from `base`: Type0 font, CIDFont, descriptor, font file, ToUnicode map.
fn write_font(pdf: &mut Pdf, font: &Font, base: usize, name: &str) {
    let scale = 1000.0 / font.units;
    pdf.obj(
        base,
        format!(
            "<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts [{} 0 R] /ToUnicode {} 0 R >>",
            base + 1,
            base + 4
        )
        .as_bytes(),
    );
    let mut widths = String::new();
    for (g, (adv, _)) in &font.used {
        let _ = write!(widths, "{g} [{:.0}] ", f32::from(*adv) * scale);
    }
    pdf.obj(
        base + 1,
        format!(
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {} 0 R /DW 500 /W [{widths}] /CIDToGIDMap /Identity >>",
            base + 2
        )
        .as_bytes(),
    );
    let bb = font.face.global_bounding_box();
    let s = |v: i16| (f32::from(v) * scale).round();
    pdf.obj(
        base + 2,
        format!(
            "<< /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [{} {} {} {}] /ItalicAngle 0 /Ascent {} /Descent {} /CapHeight {} /StemV 80 /FontFile2 {} 0 R >>",
            s(bb.x_min),
            s(bb.y_min),
            s(bb.x_max),
            s(bb.y_max),
            s(font.face.ascender()),
            s(font.face.descender()),
            s(font.face.capital_height().unwrap_or(700)),
            base + 3
        )
        .as_bytes(),
    );
    pdf.stream(
        base + 3,
        &format!("/Length1 {}", font.bytes.len()),
        font.bytes,
    );
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<_> = font.used.iter().collect();
    for chunk in entries.chunks(100) {
        let _ = writeln!(cmap, "{} beginbfchar", chunk.len());
        for (g, (_, text)) in chunk {
            let _ = writeln!(cmap, "<{g:04X}> <{}>", utf16_hex(text));
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    pdf.stream(base + 4, "", cmap.as_bytes());
}

/// UTF-16BE hex, with a byte-order mark when used as a text string.
fn utf16_hex(s: &str) -> String {
    let mut out = String::new();
    for u in s.encode_utf16() {
        let _ = write!(out, "{u:04X}");
    }
    out
}

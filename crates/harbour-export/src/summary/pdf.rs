//! A small PDF writer for printable summaries: A4 pages of wrapped text in embedded TrueType
//! fonts (Noto Sans, Noto Sans Arabic and Noto Sans Myanmar, regular and bold), written as
//! CID-keyed fonts
//! (Identity-H) with a ToUnicode map so the text can be searched, copied and extracted
//! (`pdftotext`). Each line is split into bidi runs (unicode-bidi), each run into script runs,
//! each shaped with rustybuzz (Arabic joining, ligatures, kerning, Myanmar reordering and
//! stacking); mark offsets from GPOS (Myanmar vowel signs and medials, Arabic marks) are
//! applied with text rise and TJ adjustments. Right-to-left paragraphs are right-aligned.
//! The caller checks [`Fonts::covers`] first.
//!
//! ToUnicode maps each glyph to the characters it draws, in logical order (a lam-alef
//! ligature to both letters). poppler's `pdftotext` reverses such two-letter ligatures in
//! right-to-left lines (`الإحالة` comes out as `اإلحالة`); every other character extracts
//! in reading order. In a Myanmar syllable the glyphs are reordered (a vowel sign drawn before
//! its consonant) but the syllable is one cluster, whose characters are handed out in logical
//! order, so the text extracts in logical order.
//!
//! Only the fonts a document uses are embedded, whole (no subsetting): a Latin-only summary
//! weighs about 1 MB.

use crate::error::{ExportError, Result};
use std::collections::BTreeMap;
use std::fmt::Write as _;

const REGULAR: &[u8] = include_bytes!("../../../../ui/public/fonts/NotoSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../../ui/public/fonts/NotoSans-Bold.ttf");
const ARABIC: &[u8] = include_bytes!("../../../../ui/public/fonts/NotoSansArabic-Regular.ttf");
const ARABIC_BOLD: &[u8] = include_bytes!("../../../../ui/public/fonts/NotoSansArabic-Bold.ttf");
const MYANMAR: &[u8] = include_bytes!("../../../../ui/public/fonts/NotoSansMyanmar-Regular.ttf");
const MYANMAR_BOLD: &[u8] = include_bytes!("../../../../ui/public/fonts/NotoSansMyanmar-Bold.ttf");

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
    /// A `label: value` line.
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
    shaper: rustybuzz::Face<'static>,
    bytes: &'static [u8],
    name: &'static str,
    units: f32,
    /// Glyph id -> (default advance in font units, the text it stands for).
    used: BTreeMap<u16, (u16, String)>,
}

impl Font {
    fn load(bytes: &'static [u8], name: &'static str) -> Result<Font> {
        let face =
            ttf_parser::Face::parse(bytes, 0).map_err(|e| ExportError::Font(e.to_string()))?;
        let shaper = rustybuzz::Face::from_slice(bytes, 0)
            .ok_or_else(|| ExportError::Font(format!("{name} cannot be shaped")))?;
        let units = f32::from(face.units_per_em());
        Ok(Font {
            face,
            shaper,
            bytes,
            name,
            units,
            used: BTreeMap::new(),
        })
    }

    fn has(&self, c: char) -> bool {
        self.face.glyph_index(c).is_some()
    }

    fn advance(&self, g: u16) -> u16 {
        self.face
            .glyph_hor_advance(ttf_parser::GlyphId(g))
            .unwrap_or(0)
    }
}

/// One positioned glyph of a shaped line, in visual order.
#[derive(Debug, Clone)]
struct Glyph {
    font: usize,
    id: u16,
    /// Advance after shaping, in ems.
    advance: f32,
    /// Where GPOS moves the glyph from its pen position (marks), in ems.
    x_offset: f32,
    y_offset: f32,
    /// The text this glyph stands for (empty for the later glyphs of a cluster).
    text: String,
}

/// The embedded fonts: Noto Sans (Latin, Greek, Cyrillic), Noto Sans Arabic and Noto Sans
/// Myanmar, regular and bold (each family's bold right after its regular).
pub struct Fonts {
    fonts: Vec<Font>,
}

const LATIN: usize = 0;
const ARABIC_SCRIPT: usize = 2;
const MYANMAR_SCRIPT: usize = 4;

fn is_isolate(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}')
}

fn is_arabic_script(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn is_myanmar_script(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{109F}' | '\u{A9E0}'..='\u{A9FF}' | '\u{AA60}'..='\u{AA7F}')
}

/// The font family (index of its regular face) that draws `c`.
fn family_of(c: char) -> usize {
    if is_arabic_script(c) {
        ARABIC_SCRIPT
    } else if is_myanmar_script(c) {
        MYANMAR_SCRIPT
    } else {
        LATIN
    }
}

/// Whether a line may break before `c` when a word is too long for the line: never inside a
/// Myanmar syllable (before a vowel sign, medial, asat or a stacked consonant) nor before a
/// combining mark.
fn can_break_before(prev: Option<char>, c: char, next: Option<char>) -> bool {
    if is_myanmar_script(c) {
        let starts_syllable =
            matches!(c, '\u{1000}'..='\u{102A}' | '\u{103F}' | '\u{104C}'..='\u{104F}');
        return starts_syllable
            && prev != Some('\u{1039}')
            && !matches!(next, Some('\u{103A}' | '\u{1039}'));
    }
    !matches!(c, '\u{0300}'..='\u{036F}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{200C}' | '\u{200D}')
}

impl Fonts {
    /// Load the embedded fonts.
    pub fn load() -> Result<Fonts> {
        Ok(Fonts {
            fonts: vec![
                Font::load(REGULAR, "NotoSans-Regular")?,
                Font::load(BOLD, "NotoSans-Bold")?,
                Font::load(ARABIC, "NotoSansArabic-Regular")?,
                Font::load(ARABIC_BOLD, "NotoSansArabic-Bold")?,
                Font::load(MYANMAR, "NotoSansMyanmar-Regular")?,
                Font::load(MYANMAR_BOLD, "NotoSansMyanmar-Bold")?,
            ],
        })
    }

    /// The first character of `s` the fonts cannot draw, if any (whitespace aside).
    pub fn covers(&self, s: &str) -> Option<char> {
        s.chars().find(|c| {
            if c.is_whitespace() || is_isolate(*c) {
                return false;
            }
            let family = family_of(*c);
            !self.family_has(family, *c)
        })
    }

    /// Whether both faces of `family` draw `c`.
    fn family_has(&self, family: usize, c: char) -> bool {
        self.fonts[family].has(c) && self.fonts[family + 1].has(c)
    }

    /// Shape one line: bidi runs in visual order, each split by script into font runs and
    /// shaped (Arabic joining and ligatures, kerning). `rtl` is the paragraph direction.
    fn shape(&self, text: &str, bold: bool, rtl: bool) -> Vec<Glyph> {
        let level = if rtl {
            unicode_bidi::Level::rtl()
        } else {
            unicode_bidi::Level::ltr()
        };
        let info = unicode_bidi::ParagraphBidiInfo::new(text, Some(level));
        let (levels, runs) = info.visual_runs(0..text.len());
        let mut out = Vec::new();
        for run in runs {
            let run_rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
            let mut segments =
                split_by_script(&text[run.clone()], run.start, |f, c| self.family_has(f, c));
            if run_rtl {
                segments.reverse();
            }
            for (family, start, end) in segments {
                let font = family + usize::from(bold);
                // Isolation marks steer the bidi algorithm only; they are not drawn.
                let piece: String = text[start..end]
                    .chars()
                    .filter(|c| !is_isolate(*c))
                    .collect();
                if !piece.is_empty() {
                    out.extend(self.shape_segment(font, &piece, run_rtl));
                }
            }
        }
        out
    }

    fn shape_segment(&self, font: usize, text: &str, rtl: bool) -> Vec<Glyph> {
        let f = &self.fonts[font];
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(if rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(&f.shaper, &[], buffer);
        // Give each glyph the characters it draws: within a cluster, glyphs and characters
        // in logical order, one to one; a ligature (fewer glyphs) takes the rest.
        let infos = shaped.glyph_infos();
        let positions = shaped.glyph_positions();
        let mut order: Vec<usize> = (0..infos.len()).collect();
        if rtl {
            order.reverse();
        }
        let mut starts: Vec<usize> = infos.iter().map(|g| g.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let mut texts = vec![String::new(); infos.len()];
        let mut k = 0;
        while k < order.len() {
            let c = infos[order[k]].cluster as usize;
            let end = starts
                .iter()
                .find(|s| **s > c)
                .copied()
                .unwrap_or(text.len());
            let chars: Vec<char> = text.get(c..end).unwrap_or_default().chars().collect();
            let members: Vec<usize> = order[k..]
                .iter()
                .take_while(|i| infos[**i].cluster as usize == c)
                .copied()
                .collect();
            for (m, gi) in members.iter().enumerate() {
                texts[*gi] = if m + 1 == members.len() {
                    chars.iter().skip(m).collect()
                } else {
                    chars.get(m).map(|ch| ch.to_string()).unwrap_or_default()
                };
            }
            k += members.len().max(1);
        }
        infos
            .iter()
            .zip(positions)
            .zip(texts)
            .map(|((info, pos), text)| Glyph {
                font,
                id: u16::try_from(info.glyph_id).unwrap_or(0),
                advance: pos.x_advance as f32 / f.units,
                x_offset: pos.x_offset as f32 / f.units,
                y_offset: pos.y_offset as f32 / f.units,
                text,
            })
            .collect()
    }

    fn width(&self, text: &str, bold: bool, rtl: bool, size: f32) -> f32 {
        self.shape(text, bold, rtl)
            .iter()
            .map(|g| g.advance)
            .sum::<f32>()
            * size
    }
}

/// Split a run into (font family, start, end) pieces by script, in logical order. Spaces and
/// punctuation stay with the piece they are in when its font can draw them.
fn split_by_script(
    run: &str,
    offset: usize,
    family_has: impl Fn(usize, char) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    for (i, c) in run.char_indices() {
        let family = family_of(c);
        let joins = |last: usize| {
            last == family || (!c.is_alphanumeric() && (last == LATIN || family_has(last, c)))
        };
        match out.last_mut() {
            Some(last) if joins(last.0) => last.2 = offset + i + c.len_utf8(),
            _ => out.push((family, offset + i, offset + i + c.len_utf8())),
        }
    }
    out
}

struct Line {
    bold: bool,
    size: f32,
    indent: f32,
    text: String,
    gap_before: f32,
}

/// Render blocks to a PDF document. `sep` joins a field's label and value (`": "` in
/// English, `" : "` in French); `rtl` sets the paragraph direction (right-aligned lines).
pub fn render(mut fonts: Fonts, blocks: &[Block], title: &str, sep: &str, rtl: bool) -> Vec<u8> {
    let width = PAGE_W - 2.0 * MARGIN;
    let mut lines = Vec::new();
    for b in blocks {
        let (bold, size, indent, gap, text) = match b {
            Block::Title(t) => (true, 18.0, 0.0, 0.0, t.clone()),
            Block::Heading(t) => (true, 13.0, 0.0, 12.0, t.clone()),
            // The value is isolated (FSI … PDI), so a code such as `2026.11-2` or `HB-7K3QX9`
            // keeps its order inside right-to-left text.
            Block::Field(l, v) => (
                false,
                10.5,
                0.0,
                2.0,
                format!("{l}{sep}\u{2068}{v}\u{2069}"),
            ),
            Block::Text(t) => (false, 10.5, 0.0, 4.0, t.clone()),
            Block::Bullet(t) => (false, 10.5, 12.0, 1.0, format!("• {t}")),
            Block::Small(t) => (false, 8.5, 0.0, 8.0, t.clone()),
        };
        for (i, l) in wrap(&fonts, &text, bold, rtl, size, width - indent)
            .into_iter()
            .enumerate()
        {
            lines.push(Line {
                bold,
                size,
                indent: if i > 0 && indent > 0.0 {
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
        // Myanmar stacks marks above and below: it needs more room between lines.
        let tall = line.text.chars().any(is_myanmar_script);
        let lead = line.size * if tall { 1.9 } else { 1.35 };
        if y - line.gap_before - lead < MARGIN {
            pages.push(std::mem::take(&mut content));
            y = PAGE_H - MARGIN;
        } else {
            y -= line.gap_before;
        }
        y -= lead;
        let glyphs = fonts.shape(&line.text, line.bold, rtl);
        let line_width: f32 = glyphs.iter().map(|g| g.advance).sum::<f32>() * line.size;
        let mut x = if rtl {
            PAGE_W - MARGIN - line.indent - line_width
        } else {
            MARGIN + line.indent
        };
        // One text object per run of glyphs in the same font; TJ adjusts each glyph from its
        // default width to its shaped advance (kerning, Arabic joining).
        let mut i = 0;
        while i < glyphs.len() {
            let font = glyphs[i].font;
            let mut j = i;
            let mut tj = String::new();
            let mut run_width = 0.0;
            while j < glyphs.len() && glyphs[j].font == font {
                let g = &glyphs[j];
                let f = &mut fonts.fonts[font];
                let default = f32::from(f.advance(g.id)) / f.units;
                let adv = f.advance(g.id);
                let entry = f.used.entry(g.id).or_insert_with(|| (adv, String::new()));
                if entry.1.is_empty() {
                    entry.1 = g.text.clone();
                }
                if g.x_offset.abs() > 1e-4 || g.y_offset.abs() > 1e-4 {
                    // A mark GPOS moves: shift right by the x offset (TJ numbers move left),
                    // raise by the y offset, draw, then come back to the pen position.
                    let _ = write!(
                        tj,
                        "] TJ {:.2} Ts [{:.1} <{:04X}> {:.1}] TJ 0 Ts [",
                        g.y_offset * line.size,
                        -g.x_offset * 1000.0,
                        g.id,
                        (default - g.advance + g.x_offset) * 1000.0
                    );
                } else {
                    let _ = write!(tj, "<{:04X}>", g.id);
                    let adjust = (default - g.advance) * 1000.0;
                    if adjust.abs() > 0.01 {
                        let _ = write!(tj, " {adjust:.1} ");
                    }
                }
                run_width += g.advance * line.size;
                j += 1;
            }
            // Myanmar glyphs are reordered (a vowel sign drawn before its consonant), so a
            // reader extracting glyph by glyph would scramble the text: the run carries its
            // logical text as ActualText, which copy and `pdftotext` use instead.
            let actual = (font / 2 * 2 == MYANMAR_SCRIPT).then(|| {
                glyphs[i..j]
                    .iter()
                    .map(|g| g.text.as_str())
                    .collect::<String>()
            });
            if let Some(a) = &actual {
                let _ = writeln!(
                    content,
                    "/Span << /ActualText <FEFF{}> >> BDC",
                    utf16_hex(a)
                );
            }
            let _ = writeln!(
                content,
                "BT /F{} {:.1} Tf {:.2} {:.2} Td [{tj}] TJ ET",
                font + 1,
                line.size,
                x,
                y
            );
            if actual.is_some() {
                let _ = writeln!(content, "EMC");
            }
            x += run_width;
            i = j;
        }
    }
    pages.push(content);
    write_document(&fonts, &pages, title)
}

/// Greedy word wrap on spaces (measured after shaping); a word longer than the line is split
/// by characters.
fn wrap(fonts: &Fonts, text: &str, bold: bool, rtl: bool, size: f32, width: f32) -> Vec<String> {
    let fits = |s: &str| fonts.width(s, bold, rtl, size) <= width;
    let mut out = Vec::new();
    let mut cur = String::new();
    for word in text.split(' ') {
        let candidate = if cur.is_empty() {
            word.to_string()
        } else {
            format!("{cur} {word}")
        };
        if fits(&candidate) {
            cur = candidate;
            continue;
        }
        if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        // Too long for a line: split where a break is allowed, at the last such place that
        // still fits.
        let chars: Vec<char> = word.chars().collect();
        let mut start = 0;
        while start < chars.len() {
            let mut end = chars.len();
            let whole: String = chars[start..].iter().collect();
            if !fits(&whole) {
                let mut best = None;
                for k in start + 1..chars.len() {
                    let breakable = can_break_before(
                        chars.get(k - 1).copied(),
                        chars[k],
                        chars.get(k + 1).copied(),
                    );
                    if !breakable {
                        continue;
                    }
                    let head: String = chars[start..k].iter().collect();
                    if fits(&head) {
                        best = Some(k);
                    } else {
                        break;
                    }
                }
                // No allowed break fits: take the first allowed one (or the whole word).
                end = best
                    .or_else(|| {
                        (start + 1..chars.len()).find(|&k| {
                            can_break_before(
                                chars.get(k - 1).copied(),
                                chars[k],
                                chars.get(k + 1).copied(),
                            )
                        })
                    })
                    .unwrap_or(chars.len());
            }
            let piece: String = chars[start..end].iter().collect();
            if end == chars.len() {
                cur = piece;
            } else {
                out.push(piece);
            }
            start = end;
        }
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
    // Object ids: 1 catalog, 2 pages, 3 info, then 5 per used font, then page/content pairs.
    // A font no glyph was drawn with is left out (a Latin summary carries no Myanmar font).
    let used: Vec<usize> = (0..fonts.fonts.len())
        .filter(|i| !fonts.fonts[*i].used.is_empty())
        .collect();
    let font_base = |k: usize| 4 + 5 * k;
    let first_page = font_base(used.len());
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
    let mut resources = String::new();
    for (k, i) in used.iter().enumerate() {
        write_font(&mut pdf, &fonts.fonts[*i], font_base(k));
        let _ = write!(resources, "/F{} {} 0 R ", i + 1, font_base(k));
    }
    for (i, content) in pages.iter().enumerate() {
        let page = first_page + 2 * i;
        pdf.obj(
            page,
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] /Resources << /Font << {resources}>> >> /Contents {} 0 R >>",
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
        let _ = writeln!(tail, "{off:010} 00000 n ");
    }
    let _ = write!(
        tail,
        "trailer\n<< /Size {n} /Root 1 0 R /Info 3 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    );
    pdf.buf.extend_from_slice(tail.as_bytes());
    pdf.buf
}

/// Five objects from `base`: Type0 font, CIDFont, descriptor, font file, ToUnicode map.
fn write_font(pdf: &mut Pdf, font: &Font, base: usize) {
    let name = font.name;
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
    let entries: Vec<_> = font
        .used
        .iter()
        .filter(|(_, (_, t))| !t.is_empty())
        .collect();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_the_arabic_font_lacks_is_drawn_with_the_latin_font() {
        let fonts = Fonts::load().expect("fonts");
        for text in ["طفل (دون 18 عامًا): نعم", "إصدار القواعد: 2026.11-2"]
        {
            let glyphs = fonts.shape(text, false, true);
            assert!(
                glyphs.iter().all(|g| g.id != 0),
                "a missing glyph in {text}"
            );
            let drawn: String = glyphs.iter().map(|g| g.text.as_str()).collect::<String>();
            assert_eq!(drawn.chars().count(), text.chars().count());
        }
    }

    #[test]
    fn numbers_keep_their_order_inside_right_to_left_text() {
        let fonts = Fonts::load().expect("fonts");
        let glyphs = fonts.shape("إصدار القواعد: \u{2068}2026.11-2\u{2069}", false, true);
        let latin: String = glyphs
            .iter()
            .filter(|g| g.font == LATIN)
            .map(|g| g.text.as_str())
            .collect();
        assert!(latin.contains("2026.11-2"), "{latin}");
    }

    #[test]
    fn myanmar_is_shaped_with_its_own_font_and_its_marks_are_placed() {
        let fonts = Fonts::load().expect("fonts");
        // "Myanmar" (မြန်မာ): a medial ra drawn before its consonant, an asat, a vowel sign.
        let text = "မြန်မာ HB-7K3QX9";
        assert_eq!(fonts.covers(text), None);
        let glyphs = fonts.shape(text, false, false);
        assert!(glyphs.iter().all(|g| g.id != 0), "no missing glyph");
        assert!(glyphs
            .iter()
            .any(|g| g.font == MYANMAR_SCRIPT && !g.text.is_empty()));
        assert!(glyphs.iter().any(|g| g.font == LATIN));
        // Reordered, yet the characters come back in logical order.
        let drawn: String = glyphs.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(drawn, text);
        // At least one mark is moved by GPOS (the asat or the vowel sign).
        let bold = fonts.shape("ကျွန်ုပ်", true, false);
        assert!(
            bold.iter()
                .any(|g| g.x_offset.abs() > 1e-4 || g.y_offset.abs() > 1e-4),
            "no positioned mark"
        );
    }

    #[test]
    fn a_long_myanmar_word_breaks_only_between_syllables() {
        let fonts = Fonts::load().expect("fonts");
        let word = "အကူအညီလိုအပ်သည့်ကလေးငယ်များအတွက်စောင့်ရှောက်မှု".repeat(3);
        let lines = wrap(&fonts, &word, false, false, 10.5, 120.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert_eq!(lines.concat(), word, "nothing lost or added");
        for l in &lines[1..] {
            let first = l.chars().next().expect("non-empty line");
            assert!(
                matches!(first, '\u{1000}'..='\u{102A}'),
                "line starts inside a syllable: {l:?}"
            );
            let second = l.chars().nth(1);
            assert_ne!(
                second,
                Some('\u{103A}'),
                "a killed consonant left alone: {l:?}"
            );
        }
    }

    #[test]
    fn only_the_fonts_a_document_uses_are_embedded() {
        let latin = render(
            Fonts::load().expect("fonts"),
            &[Block::Title("Referral summary".into())],
            "t",
            ": ",
            false,
        );
        let text = String::from_utf8_lossy(&latin);
        assert!(text.contains("NotoSans-Bold"));
        assert!(!text.contains("NotoSansMyanmar"));
        assert!(!text.contains("NotoSansArabic"));
        let my = render(
            Fonts::load().expect("fonts"),
            &[Block::Text("မြန်မာ".into())],
            "t",
            ": ",
            false,
        );
        assert!(String::from_utf8_lossy(&my).contains("NotoSansMyanmar-Regular"));
    }
}

#!/usr/bin/env python3
"""Builds the app's typeface, Case Explorer Sans, from two OFL fonts:

    Noto Sans SC (static, 400 and 700; npm @expo-google-fonts/noto-sans-sc)  -> CJK and its punctuation
    Noto Sans    (static, 400 and 700; npm @expo-google-fonts/noto-sans)     -> Latin, Greek, Cyrillic,
                                                                                general punctuation

JavaFX draws a node in one font family and does not fall back to a font the app loaded itself, so
one family must hold both scripts. This takes Noto Sans SC and replaces (or adds) every glyph for a
code point below U+2E80 that Noto Sans has with Noto Sans's outline and advance width. English
text then gets proportional Latin letters and punctuation (’ “ ” … are no longer full-width), and
Chinese keeps Noto Sans SC's glyphs and ，。：；（）.

GSUB and GPOS are dropped: the app lays out horizontal text only, and without GSUB no PDF writer can
turn "fi" into a ligature glyph, so text copied out of a PDF is plain letters. The family is
renamed, as the OFL asks of a modified font (Adobe's Reserved Font Name "Source" is not used).

Usage (Debian: apt-get install python3-fonttools):
    python3 build_fonts.py NotoSansSC_400Regular.ttf NotoSans_400Regular.ttf CaseExplorerSans-Regular.ttf Regular
    python3 build_fonts.py NotoSansSC_700Bold.ttf    NotoSans_700Bold.ttf    CaseExplorerSans-Bold.ttf    Bold
"""
import sys

from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

FAMILY = "Case Explorer Sans"
LAST_LATIN = 0x2E80  # CJK radicals start here; everything below comes from Noto Sans


def transplant(cjk_path, latin_path, out_path, style):
    cjk, latin = TTFont(cjk_path), TTFont(latin_path)
    if cjk["head"].unitsPerEm != latin["head"].unitsPerEm:
        sys.exit("the two fonts must share units per em")
    latin_glyphs = latin.getGlyphSet()
    latin_cmap = latin.getBestCmap()
    order = cjk.getGlyphOrder()
    glyf, hmtx = cjk["glyf"], cjk["hmtx"]
    cmaps = [t for t in cjk["cmap"].tables if t.isUnicode()]
    best = cjk.getBestCmap()
    replaced = added = 0
    for code, latin_name in sorted(latin_cmap.items()):
        if code >= LAST_LATIN:
            continue
        recording = DecomposingRecordingPen(latin_glyphs)
        latin_glyphs[latin_name].draw(recording)
        pen = TTGlyphPen(None)
        recording.replay(pen)
        glyph = pen.glyph()
        name = best.get(code)
        if name is None:
            name = "lat_" + latin_name
            if name not in glyf.glyphs:
                order.append(name)
                added += 1
            for table in cmaps:
                if table.format in (4, 12) or code <= 0xFFFF:
                    table.cmap[code] = name
        else:
            replaced += 1
        glyf[name] = glyph
        glyph.recalcBounds(glyf)
        hmtx[name] = (latin["hmtx"][latin_name][0], glyph.xMin if hasattr(glyph, "xMin") else 0)
    cjk.setGlyphOrder(order)
    cjk["maxp"].numGlyphs = len(order)
    for tag in ("GSUB", "GPOS", "GDEF", "BASE"):
        if tag in cjk:
            del cjk[tag]
    rename(cjk, style)
    cjk.save(out_path)
    print(f"{out_path}: {replaced} glyphs replaced, {added} added, {len(order)} in all")


def rename(font, style):
    name = font["name"]
    postscript = FAMILY.replace(" ", "") + "-" + style
    full = FAMILY + ("" if style == "Regular" else " " + style)
    for record in list(name.names):
        if record.nameID in (16, 17, 21, 22):
            name.removeNames(nameID=record.nameID)
    for platform in ((3, 1, 0x409), (1, 0, 0)):
        name.setName(FAMILY, 1, *platform)
        name.setName(style, 2, *platform)
        name.setName(f"{postscript};caseexplorer", 3, *platform)
        name.setName(full, 4, *platform)
        name.setName(postscript, 6, *platform)
        name.setName("Case Explorer Sans is Noto Sans SC with the Latin, Greek and Cyrillic glyphs of "
                     "Noto Sans, modified for Case Explorer under the SIL Open Font License 1.1.", 10, *platform)
    if "STAT" in font:
        del font["STAT"]


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    transplant(*sys.argv[1:])

/// The named character references the decoder recognises.
///
/// This is a curated subset of the HTML named references: the HTML 4 set (Latin-1, Greek, mathematical and
/// typographic symbols), common HTML5 punctuation names, and a few names the CommonMark spec uses in its
/// examples. A name outside the table is left as literal text, which is what CommonMark requires for names it
/// does not know. The table is kept as compact text and parsed once on first use so the compiler never has to
/// type-check a dictionary literal with hundreds of entries.
enum HTMLEntityTable {
    /// Looks up a reference name (without `&` and `;`), returning its replacement text.
    static func value(for name: String) -> String? {
        table[name]
    }

    private static let table: [String: String] = {
        var map: [String: String] = [:]
        // U+00A0 through U+00FF are named in code point order, so their position gives the code point.
        for (index, name) in latin1Names.split(separator: " ").enumerated() {
            map[String(name)] = String(Character(Unicode.Scalar(UInt32(0xA0 + index))!))
        }
        // Greek lowercase alpha (U+03B1) through omega (U+03C9) are also sequential, final sigma included.
        for (index, name) in greekLowercaseNames.split(separator: " ").enumerated() {
            map[String(name)] = String(Character(Unicode.Scalar(UInt32(0x3B1 + index))!))
        }
        for entry in codedNames.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let parts = entry.split(separator: ":")
            guard parts.count == 2 else { continue }
            var scalars = String.UnicodeScalarView()
            for hex in parts[1].split(separator: "+") {
                if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                    scalars.append(scalar)
                }
            }
            map[String(parts[0])] = String(scalars)
        }
        return map
    }()

    private static let latin1Names = """
        nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 \
        acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde \
        Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute \
        Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde \
        auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute \
        ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
        """

    private static let greekLowercaseNames = """
        alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma \
        tau upsilon phi chi psi omega
        """

    // name:hex code point(s), joined with "+" when a reference expands to more than one scalar.
    private static let codedNames = """
        quot:22 amp:26 apos:27 lt:3C gt:3E QUOT:22 AMP:26 LT:3C GT:3E COPY:A9 REG:AE
        Tab:9 NewLine:A excl:21 num:23 dollar:24 percnt:25 lpar:28 rpar:29 ast:2A plus:2B comma:2C
        period:2E sol:2F colon:3A semi:3B equals:3D quest:3F commat:40 lsqb:5B lbrack:5B bsol:5C rsqb:5D
        rbrack:5D Hat:5E lowbar:5F grave:60 lcub:7B lbrace:7B verbar:7C vert:7C VerticalLine:7C rcub:7D
        rbrace:7D half:BD
        OElig:152 oelig:153 Scaron:160 scaron:161 Yuml:178 fnof:192 circ:2C6 tilde:2DC
        Ccaron:10C ccaron:10D Dcaron:10E dcaron:10F Ecaron:11A ecaron:11B Ncaron:147 ncaron:148
        Rcaron:158 rcaron:159 Tcaron:164 tcaron:165 Uring:16E uring:16F Zcaron:17D zcaron:17E
        Alpha:391 Beta:392 Gamma:393 Delta:394 Epsilon:395 Zeta:396 Eta:397 Theta:398 Iota:399 Kappa:39A
        Lambda:39B Mu:39C Nu:39D Xi:39E Omicron:39F Pi:3A0 Rho:3A1 Sigma:3A3 Tau:3A4 Upsilon:3A5 Phi:3A6
        Chi:3A7 Psi:3A8 Omega:3A9 thetasym:3D1 upsih:3D2 piv:3D6
        ensp:2002 emsp:2003 thinsp:2009 ThinSpace:2009 zwnj:200C zwj:200D lrm:200E rlm:200F hyphen:2010
        dash:2010 ndash:2013 mdash:2014 horbar:2015 lsquo:2018 rsquo:2019 sbquo:201A ldquo:201C rdquo:201D
        bdquo:201E dagger:2020 Dagger:2021 bull:2022 hellip:2026 permil:2030 prime:2032 Prime:2033
        lsaquo:2039 rsaquo:203A oline:203E frasl:2044 euro:20AC
        image:2111 weierp:2118 real:211C trade:2122 alefsym:2135 HilbertSpace:210B DifferentialD:2146
        larr:2190 uarr:2191 rarr:2192 darr:2193 harr:2194 crarr:21B5 lArr:21D0 uArr:21D1 rArr:21D2
        dArr:21D3 hArr:21D4
        forall:2200 part:2202 exist:2203 empty:2205 nabla:2207 isin:2208 notin:2209 ni:220B prod:220F
        sum:2211 minus:2212 lowast:2217 radic:221A prop:221D infin:221E ang:2220 and:2227 or:2228 cap:2229
        cup:222A int:222B ClockwiseContourIntegral:2232 there4:2234 sim:223C cong:2245 asymp:2248 ne:2260
        equiv:2261 le:2264 ge:2265 ngE:2267+338 sub:2282 sup:2283 nsub:2284 sube:2286 supe:2287 oplus:2295
        otimes:2297 perp:22A5 sdot:22C5 lceil:2308 rceil:2309 lfloor:230A rfloor:230B lang:27E8 rang:27E9
        loz:25CA starf:2605 star:2606 spades:2660 clubs:2663 hearts:2665 diams:2666 check:2713 cross:2717
        """
}

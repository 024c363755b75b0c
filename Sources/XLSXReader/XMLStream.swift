import CLibXML2

/// Receives one part's XML as events. Subclassed per part (workbook, relationships, shared
/// strings, worksheet); the methods are called by libxml2's SAX2 push parser as it goes. After
/// `fail`, libxml2 makes no more calls.
class XMLPartHandler {
    /// The first thing found wrong; the parser stops there.
    final var failure: XLSXReadError?
    fileprivate final var context: xmlParserCtxtPtr?
    /// The first fatal error libxml2 reported: line and message.
    fileprivate final var xmlError: (line: Int, message: String)?
    /// The file and part being parsed, for the DTD refusal.
    fileprivate final var place = (file: "", part: "")

    /// An element begins; `name` is its local name (no prefix).
    func start(_ name: XMLName, _ attributes: XMLAttributes) {}
    /// An element ends.
    func end(_ name: XMLName) {}
    /// Character data (text and CDATA, predefined entities and character references resolved),
    /// possibly in several pieces.
    func text(_ bytes: UnsafeRawBufferPointer) {}

    /// Records `error` (the first one wins) and stops the parser.
    final func fail(_ error: XLSXReadError) {
        if failure == nil { failure = error }
        if let context { xmlStopParser(context) }
    }

    fileprivate final func refuseDTD() {
        let line = context.map { Int($0.pointee.input?.pointee.line ?? 0) } ?? 0
        fail(.documentTypeDeclaration(file: place.file, part: place.part, line: line))
    }

    fileprivate final func check(_ status: Int32) throws(XLSXReadError) {
        if let failure { throw failure }
        if status != 0 { throw malformed() }
    }

    fileprivate final func malformed() -> XLSXReadError {
        if let failure { return failure }
        let (line, message) = xmlError ?? (0, "libxml2 stopped")
        return .malformedXML(file: place.file, part: place.part, line: line, message: message)
    }
}

/// An element's local name as libxml2 gives it: a NUL-terminated UTF-8 string it owns.
struct XMLName {
    let pointer: UnsafePointer<xmlChar>

    /// True when the name is exactly `literal`.
    @inline(__always)
    func `is`(_ literal: StaticString) -> Bool {
        let bytes = literal.utf8Start
        let count = literal.utf8CodeUnitCount
        for i in 0..<count where pointer[i] != bytes[i] { return false }
        return pointer[count] == 0
    }

    /// The first byte, for a quick switch before `is`.
    var first: UInt8 { pointer[0] }

    var string: String { String(cString: pointer) }
}

/// An element's attributes as libxml2's SAX2 gives them: five pointers each (local name, prefix,
/// namespace URI, value start, value end).
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    /// The value of the attribute with local name `name`; when `namespaced` is given, only an
    /// attribute with (true) or without (false) a namespace counts, so `r:id` and `id` differ.
    func value(_ name: StaticString, namespaced: Bool? = nil) -> UnsafeRawBufferPointer? {
        guard let base else { return nil }
        for i in 0..<count {
            let entry = base + 5 * i
            guard let local = entry[0], XMLName(pointer: local).is(name) else { continue }
            if let namespaced, (entry[2] != nil) != namespaced { continue }
            guard let start = entry[3], let end = entry[4] else { return UnsafeRawBufferPointer(start: nil, count: 0) }
            return UnsafeRawBufferPointer(start: start, count: end - start)
        }
        return nil
    }

    /// The values of the un-namespaced attributes `r` and `t` (a worksheet's row and cell), found in one pass.
    @inline(__always)
    func referenceAndType() -> (r: UnsafeRawBufferPointer?, t: UnsafeRawBufferPointer?) {
        guard let base else { return (nil, nil) }
        var r: UnsafeRawBufferPointer?, t: UnsafeRawBufferPointer?
        for i in 0..<count {
            let entry = base + 5 * i
            guard let local = entry[0], local[1] == 0, entry[2] == nil, let start = entry[3], let end = entry[4] else { continue }
            if local[0] == UInt8(ascii: "r") {
                r = UnsafeRawBufferPointer(start: start, count: end - start)
            } else if local[0] == UInt8(ascii: "t") {
                t = UnsafeRawBufferPointer(start: start, count: end - start)
            }
        }
        return (r, t)
    }

    /// The value as a String. libxml2's SAX2, not replacing entities, hands an `&` in a value over
    /// as `&#38;` (every other reference it resolves); that is turned back into `&` here.
    func string(_ name: StaticString, namespaced: Bool? = nil) -> String? {
        guard let value = value(name, namespaced: namespaced) else { return nil }
        let text = String(decoding: value, as: UTF8.self)
        guard value.contains(UInt8(ascii: "&")) else { return text }
        return text.replacing("&#38;", with: "&")
    }
}

/// libxml2's SAX2 push parser, fed with a part's inflated chunks as they come, so a sheet is never
/// held in memory whole. Hardened: no DTD is accepted (a DOCTYPE stops the parse with an error, so
/// no entity is ever declared, let alone expanded), nothing is loaded from the network or disk,
/// and libxml2's default limits (text node size, nesting depth) stay on.
enum XMLStream {
    /// libxml2 must be initialised once before parsers are used from several threads.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses part `name` of `zip` with `handler`. Throws the handler's failure, `malformedXML`, or
    /// `documentTypeDeclaration`.
    static func parse(_ name: String, in zip: ZIPParts, with handler: XMLPartHandler) throws(XLSXReadError) {
        _ = initialised
        handler.failure = nil
        handler.xmlError = nil
        handler.place = (zip.file, name)
        var sax = makeHandler()
        let opaque = Unmanaged.passUnretained(handler).toOpaque()
        guard let context = xmlCreatePushParserCtxt(&sax, opaque, nil, 0, name) else {
            throw .malformedXML(file: zip.file, part: name, line: 0, message: "libxml2 could not start")
        }
        handler.context = context
        defer {
            handler.context = nil
            xmlFreeParserCtxt(context)
        }
        _ = xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
        try withExtendedLifetime(handler) { () throws(XLSXReadError) in
            try zip.inflate(name) { chunk throws(XLSXReadError) in
                let status = xmlParseChunk(context, chunk.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(chunk.count), 0)
                try handler.check(status)
            }
            try handler.check(xmlParseChunk(context, nil, 0, 1))
            if context.pointee.wellFormed == 0 { throw handler.malformed() }
        }
    }

    /// The handler a callback's context points to, used without retaining it (the parse holds it).
    @inline(__always)
    private static func with(_ context: UnsafeMutableRawPointer?, _ body: (XMLPartHandler) -> Void) {
        Unmanaged<XMLPartHandler>.fromOpaque(context!)._withUnsafeGuaranteedRef(body)
    }

    private static func makeHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { context, localname, _, _, _, _, attributeCount, _, attributes in
            guard let localname else { return }
            XMLStream.with(context) { $0.start(XMLName(pointer: localname), XMLAttributes(base: attributes, count: Int(attributeCount))) }
        }
        sax.endElementNs = { context, localname, _, _ in
            guard let localname else { return }
            XMLStream.with(context) { $0.end(XMLName(pointer: localname)) }
        }
        sax.characters = { context, bytes, count in
            guard let bytes else { return }
            XMLStream.with(context) { $0.text(UnsafeRawBufferPointer(start: bytes, count: Int(count))) }
        }
        // Any DTD, internal or external, and any entity declaration: refuse.
        sax.internalSubset = { context, _, _, _ in XMLStream.with(context) { $0.refuseDTD() } }
        sax.externalSubset = { context, _, _, _ in XMLStream.with(context) { $0.refuseDTD() } }
        sax.entityDecl = { context, _, _, _, _, _ in XMLStream.with(context) { $0.refuseDTD() } }
        sax.serror = { context, error in
            guard let error, error.pointee.level == XML_ERR_FATAL else { return }
            XMLStream.with(context) { handler in
                guard handler.xmlError == nil else { return }
                let message = error.pointee.message.map { String(cString: $0) } ?? "error \(error.pointee.code)"
                handler.xmlError = (Int(error.pointee.line), message.trimmingTrailingNewlines())
            }
        }
        return sax
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while let last = s.last, last.isNewline || last == " " { s.removeLast() }
        return String(s)
    }
}

/// The worksheet part: libxml2's events into the cell model. The model sits behind a pointer so
/// that the several million calls a sheet makes reach it without exclusivity checks or reference
/// counting.
final class SheetHandler: XMLPartHandler {
    let builder: UnsafeMutablePointer<SheetBuilder>

    init(builder: SheetBuilder) {
        self.builder = .allocate(capacity: 1)
        self.builder.initialize(to: builder)
    }

    deinit {
        builder.deinitialize(count: 1)
        builder.deallocate()
    }

    override func start(_ name: XMLName, _ attributes: XMLAttributes) {
        let element = SheetBuilder.Element.classify(name)
        guard element != .other else { return }
        do throws(XLSXReadError) {
            if element == .cell || element == .row {
                let (r, t) = attributes.referenceAndType()
                try builder.pointee.start(element, r: r, t: t)
            } else {
                try builder.pointee.start(element, r: nil, t: nil)
            }
        } catch {
            fail(error)
        }
    }

    override func end(_ name: XMLName) {
        let element = SheetBuilder.Element.classify(name)
        guard element != .other else { return }
        do throws(XLSXReadError) { try builder.pointee.end(element) } catch { fail(error) }
    }

    override func text(_ bytes: UnsafeRawBufferPointer) {
        builder.pointee.text(bytes)
    }
}

/// The shared-string table (`xl/sharedStrings.xml`): each `<si>`'s text, from its `<t>` or its
/// rich-text runs' `<t>`s, leaving out phonetic guides (`<rPh>`). The `count` attributes are
/// claims and are not used.
final class SharedStringsHandler: XMLPartHandler {
    /// At most this many strings.
    static let maxStrings = 10_000_000

    let file: String
    var strings: [String] = []
    private var inItem = false
    private var capturing = false
    private var phoneticDepth = 0
    private var buffer: [UInt8] = []

    init(file: String) {
        self.file = file
    }

    override func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("si") {
            inItem = true
            phoneticDepth = 0
            buffer.removeAll(keepingCapacity: true)
        } else if inItem && name.is("t") && phoneticDepth == 0 {
            capturing = true
        } else if inItem && name.is("rPh") {
            phoneticDepth += 1
        }
    }

    override func end(_ name: XMLName) {
        if name.is("si") {
            inItem = false
            capturing = false
            guard strings.count < Self.maxStrings else {
                fail(.tooLarge(file: file, sheet: nil, detail: "more than \(Self.maxStrings) shared strings"))
                return
            }
            strings.append(OOXMLText.decode(buffer))
        } else if name.is("t") {
            capturing = false
        } else if name.is("rPh") && phoneticDepth > 0 {
            phoneticDepth -= 1
        }
    }

    override func text(_ bytes: UnsafeRawBufferPointer) {
        if capturing { buffer.append(contentsOf: bytes) }
    }
}

/// The workbook part: its sheets in tab order.
final class WorkbookHandler: XMLPartHandler {
    struct SheetEntry {
        var name: String
        var state: String
        var relationship: String?
    }

    /// At most this many sheets (Excel's practical limit is far lower).
    static let maxSheets = 65_536

    let file: String
    var sheets: [SheetEntry] = []

    init(file: String) {
        self.file = file
    }

    override func start(_ name: XMLName, _ attributes: XMLAttributes) {
        guard name.is("sheet") else { return }
        guard sheets.count < Self.maxSheets else {
            fail(.tooLarge(file: file, sheet: nil, detail: "the workbook lists more than \(Self.maxSheets) sheets"))
            return
        }
        sheets.append(SheetEntry(
            name: attributes.string("name", namespaced: false) ?? "",
            state: attributes.string("state", namespaced: false) ?? "visible",
            relationship: attributes.string("id", namespaced: true)))
    }
}

/// A relationships part (`_rels/….rels`): what each relationship id points to.
final class RelationshipsHandler: XMLPartHandler {
    struct Relationship {
        var type: String
        var target: String
        var isExternal: Bool
    }

    /// At most this many relationships in one part.
    static let maxRelationships = 200_000

    let file: String
    var relationships: [String: Relationship] = [:]
    /// In document order, for "the first of this type".
    var order: [String] = []

    init(file: String) {
        self.file = file
    }

    override func start(_ name: XMLName, _ attributes: XMLAttributes) {
        guard name.is("Relationship"), let id = attributes.string("Id"), relationships[id] == nil else { return }
        guard order.count < Self.maxRelationships else {
            fail(.tooLarge(file: file, sheet: nil, detail: "a relationships part lists more than \(Self.maxRelationships) relationships"))
            return
        }
        relationships[id] = Relationship(
            type: attributes.string("Type") ?? "",
            target: attributes.string("Target") ?? "",
            isExternal: attributes.string("TargetMode") == "External")
        order.append(id)
    }

    /// The first internal relationship whose type ends with `/suffix`.
    func first(ofType suffix: String) -> Relationship? {
        order.lazy.compactMap { self.relationships[$0] }.first { !$0.isExternal && $0.type.hasSuffix("/" + suffix) }
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XLSXReader

/// Reads a worksheet with Foundation's `XMLParser` (FoundationXML on Linux) instead of libxml2's
/// SAX2 parser, driving the same cell model. Not used by the library: it exists so that
/// `bench/bench.sh` can measure the two parsers on the same sheet (issue 13 asks for both).
public enum FoundationSheetReader {
    /// The sheet `name` names (or the first visible one), as `XLSXWorkbook.table(sheet:)` reads it.
    public static func table(of workbook: XLSXWorkbook, sheet name: String? = nil) throws -> XLSXTable {
        let sheet = try workbook.sheet(named: name)
        let strings = try workbook.sharedStrings()
        let data = Data(try workbook.partBytes(of: sheet))
        let delegate = Delegate(builder: SheetBuilder(file: workbook.file, sheet: sheet.name, part: sheet.part, sharedStrings: strings))
        // From a stream: given the whole 13 MB sheet of the 20,000-person roster as Data, XMLParser on
        // Linux delivers every element and then reports failure (NSXMLParserErrorDomain code 1,
        // libxml2's "internal error", which is how it reports its 10 MB lookup limit).
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let ok = parser.parse()
        if let failure = delegate.failure { throw failure }
        guard ok else {
            throw XLSXReadError.malformedXML(file: workbook.file, part: sheet.name, line: parser.lineNumber,
                                             message: parser.parserError.map { "\($0)" } ?? "XMLParser failed")
        }
        return try delegate.builder.finish()
    }

    final class Delegate: NSObject, XMLParserDelegate {
        var builder: SheetBuilder
        var failure: Error?

        init(builder: SheetBuilder) {
            self.builder = builder
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = SheetBuilder.Element.classify(elementName)
            guard element != .other else { return }
            var r = attributes["r"]
            var t = attributes["t"]
            do {
                try Self.withBytes(&r) { r in
                    try Self.withBytes(&t) { t in try builder.start(element, r: r, t: t) }
                }
            } catch {
                stop(parser, error)
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            let element = SheetBuilder.Element.classify(elementName)
            guard element != .other else { return }
            do { try builder.end(element) } catch { stop(parser, error) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            var string = string
            string.withUTF8 { builder.text(UnsafeRawBufferPointer($0)) }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            CDATABlock.withUnsafeBytes { builder.text($0) }
        }

        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            stop(parser, XLSXReadError.documentTypeDeclaration(file: "", part: "", line: parser.lineNumber))
        }

        func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
            stop(parser, XLSXReadError.documentTypeDeclaration(file: "", part: "", line: parser.lineNumber))
        }

        private func stop(_ parser: XMLParser, _ error: Error) {
            if failure == nil { failure = error }
            parser.abortParsing()
        }

        private static func withBytes<R>(_ text: inout String?, _ body: (UnsafeRawBufferPointer?) throws -> R) rethrows -> R {
            guard text != nil else { return try body(nil) }
            return try text!.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        }
    }
}

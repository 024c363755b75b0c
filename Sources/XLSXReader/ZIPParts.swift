import CLibZip
import Foundation

/// The parts of a workbook's ZIP container, and their contents, inflated within limits.
///
/// libzip (Debian's libzip-dev) reads the container from memory: the end record, ZIP64, the central
/// directory, local headers, name encodings, stored/deflate/bzip2 data, CRC-32 and size checks.
/// Its reads are pulled a chunk at a time, so a part's output is counted as it comes and refused
/// the moment it passes the limits, whatever the headers claim.
///
/// ZIPFoundation, which issue 13 named, was tried first and dropped: on Linux its 0.9.20 inflate
/// loop never returns when a deflate stream runs to the end of the archive (upstream pull request
/// 389, open), and its in-memory archive traps (Range requires lowerBound <= upperBound) when a
/// directory offset points past the end of the data. Both are reachable from a hostile file.
package struct ZIPParts: Sendable {
    /// How far a part may inflate: SPEC §8's 1 GiB and 100 times its compressed size.
    package struct Limits: Sendable {
        package var maxInflatedSize: UInt64
        package var maxCompressionRatio: UInt64
        package static let standard = Limits()
        package init(maxInflatedSize: UInt64 = 1 << 30, maxCompressionRatio: UInt64 = 100) {
            self.maxInflatedSize = maxInflatedSize
            self.maxCompressionRatio = maxCompressionRatio
        }
    }

    /// The size of the chunks handed to the consumer.
    static let chunkSize = 1 << 18

    /// The archive's bytes, owned here for libzip to read (it does not copy them).
    final class Storage: @unchecked Sendable {   // immutable after init
        let bytes: UnsafeMutableRawBufferPointer

        init(_ data: Data) {
            bytes = .allocate(byteCount: max(data.count, 1), alignment: 16)
            _ = data.copyBytes(to: bytes)
        }

        deinit { bytes.deallocate() }
    }

    let file: String
    let storage: Storage
    let count: Int
    let limits: Limits
    /// Entry index by name in ASCII lower case: part names in OPC compare case-insensitively.
    let entries: [String: UInt64]

    /// Reads the container's directory. Throws `damagedArchive` when libzip cannot.
    init(data: Data, file: String, limits: Limits = .standard) throws(XLSXReadError) {
        self.file = file
        self.storage = Storage(data)
        self.count = data.count
        self.limits = limits
        var entries: [String: UInt64] = [:]
        let archive = try Self.open(storage, count: data.count, file: file)
        defer { zip_discard(archive) }
        let total = zip_get_num_entries(archive, 0)
        for index in 0..<UInt64(max(total, 0)) {
            guard let name = zip_get_name(archive, index, zip_flags_t(ZIP_FL_ENC_GUESS)) else { continue }
            let key = Self.key(String(cString: name))
            if !key.hasSuffix("/") && entries[key] == nil { entries[key] = index }
        }
        self.entries = entries
    }

    static func key(_ name: String) -> String {
        var name = name
        if name.hasPrefix("/") { name.removeFirst() }
        return name.lowercased()
    }

    /// A libzip archive over the bytes; the caller discards it.
    private static func open(_ storage: Storage, count: Int, file: String) throws(XLSXReadError) -> OpaquePointer {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(storage.bytes.baseAddress, zip_uint64_t(count), 0, &error) else {
            throw .damagedArchive(file: file, detail: String(cString: zip_error_strerror(&error)))
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            let detail = zip_error_code_zip(&error) == ZIP_ER_NOZIP
                ? "no readable ZIP directory: the file may be cut short" : String(cString: zip_error_strerror(&error))
            throw .damagedArchive(file: file, detail: detail)
        }
        return archive
    }

    func contains(_ name: String) -> Bool { entries[Self.key(name)] != nil }

    /// Hands `consume` the inflated bytes of part `name` in chunks, in order. Throws `missingPart`
    /// if there is no such part, the limits' and libzip's errors, and the consumer's errors.
    func inflate(_ name: String, into consume: (UnsafeRawBufferPointer) throws(XLSXReadError) -> Void) throws(XLSXReadError) {
        guard let index = entries[Self.key(name)] else { throw .missingPart(file: file, part: name) }
        let archive = try Self.open(storage, count: count, file: file)
        defer { zip_discard(archive) }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(archive, index, 0, &stat) == 0 else {
            throw .damagedArchive(file: file, detail: "\(name): \(String(cString: zip_strerror(archive)))")
        }
        if stat.valid & zip_uint64_t(ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE {
            throw .unsupportedCompression(file: file, part: name, method: -1)
        }
        let compressed = stat.valid & zip_uint64_t(ZIP_STAT_COMP_SIZE) != 0 ? stat.comp_size : UInt64(count)
        let (byRatio, overflow) = limits.maxCompressionRatio.multipliedReportingOverflow(by: max(compressed, 1))
        let limit = min(limits.maxInflatedSize, overflow ? .max : byRatio)
        guard let entry = zip_fopen_index(archive, index, 0) else {
            throw failure(zip_get_error(archive), part: name, method: Int(stat.comp_method))
        }
        defer { zip_fclose(entry) }
        // The claimed size only sizes the buffer (small parts, small buffer); it limits nothing.
        let claimed = stat.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0 ? stat.size : UInt64(Self.chunkSize)
        let chunk = Int(min(UInt64(Self.chunkSize), max(claimed + 1, 4096)))
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        var total: UInt64 = 0
        while true {
            let read = zip_fread(entry, buffer.baseAddress, zip_uint64_t(chunk))
            if read < 0 { throw failure(zip_file_get_error(entry), part: name, method: Int(stat.comp_method)) }
            if read == 0 { return }
            total += UInt64(read)
            guard total <= limit else { throw .partTooLarge(file: file, part: name, limit: limit) }
            try consume(UnsafeRawBufferPointer(rebasing: buffer[..<Int(read)]))
        }
    }

    /// Part `name` whole (for the small parts: workbook, relationships).
    func bytes(of name: String) throws(XLSXReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        try inflate(name) { chunk throws(XLSXReadError) in bytes.append(contentsOf: chunk) }
        return bytes
    }

    /// libzip's error as ours.
    private func failure(_ error: UnsafeMutablePointer<zip_error_t>?, part: String, method: Int) -> XLSXReadError {
        guard let error else { return .damagedArchive(file: file, detail: "\(part) cannot be read") }
        switch zip_error_code_zip(error) {
        case ZIP_ER_COMPNOTSUPP:
            return .unsupportedCompression(file: file, part: part, method: method)
        case ZIP_ER_NOPASSWD, ZIP_ER_ENCRNOTSUPP, ZIP_ER_WRONGPASSWD:
            return .unsupportedCompression(file: file, part: part, method: -1)
        case ZIP_ER_CRC:
            return .damagedArchive(file: file, detail: "\(part) fails its checksum")
        case ZIP_ER_EOF:
            return .damagedArchive(file: file, detail: "\(part) ends in the middle of its data")
        default:
            return .damagedArchive(file: file, detail: "\(part) cannot be inflated: \(String(cString: zip_error_strerror(error)).lowercased())")
        }
    }
}

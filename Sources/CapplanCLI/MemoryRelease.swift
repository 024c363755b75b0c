#if canImport(Glibc)
import Glibc
#endif

/// Hands the memory that reading the roster freed back to the system before the reports are written.
///
/// Reading holds every field of the roster at once (a multidisciplinary roster of 20,000 people
/// has 3.5 million, some 110 MB); once read, that memory is free but glibc keeps it in the main
/// thread's arena, where the workbook's writer, on a thread and arena of its own, cannot reuse it.
/// Trimming returns those pages, so the peak is the larger of the two phases, not their sum.
enum MemoryRelease {
    static func afterReading() {
        #if canImport(Glibc)
        // malloc.h is not in Swift's Glibc module; the function is looked up (RTLD_DEFAULT is null).
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        typealias MallocTrim = @convention(c) (Int) -> Int32
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }
}

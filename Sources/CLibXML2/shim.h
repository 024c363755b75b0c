// Debian builds libxml2 with ICU, so <libxml/encoding.h> includes ICU's <unicode/ucnv.h>, whose
// types clash with the copy of ICU inside swift-corelibs-foundation ("UErrorCode has different
// definitions in different modules"). Nothing here touches the ICU members of
// xmlCharEncodingHandler (only pointers to it pass through), so leave ICU out of the import.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

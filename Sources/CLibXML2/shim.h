#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, and its encoding header then pulls in the system's ICU
// headers, whose UErrorCode clashes with the copy Foundation ships (_FoundationICU) in any
// module that sees both. isg never touches the ICU fields of an encoding handler (it only
// passes pointers to it), so those fields are hidden from Swift.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

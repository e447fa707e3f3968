/* The policy argument as an error message quotes it: at most CONSENT_QUOTE_MAX bytes of it,
 * printable ASCII as it is (with ' and \ escaped), every other byte as \xNN, and "..." after a cut.
 * The size is the value's own, so a NUL inside it is shown, not taken for the end. A server log
 * gets a short, readable line whatever the caller passed. */
#ifndef CONSENT_SQL_QUOTE_H
#define CONSENT_SQL_QUOTE_H

#include <stddef.h>

#define CONSENT_QUOTE_MAX 40
/* Four output bytes for each input byte, the "...", and the NUL. */
#define CONSENT_QUOTE_SIZE (4 * CONSENT_QUOTE_MAX + 4)

static void consent_quote(const char* text, size_t size, char out[CONSENT_QUOTE_SIZE]) {
  static const char hex[] = "0123456789abcdef";
  size_t at = 0;
  size_t i;
  for (i = 0; i < size && i < CONSENT_QUOTE_MAX; ++i) {
    const unsigned char c = (unsigned char)text[i];
    if (c == '\'' || c == '\\') {
      out[at++] = '\\';
      out[at++] = (char)c;
    } else if (c >= 0x20 && c < 0x7f) {
      out[at++] = (char)c;
    } else {
      out[at++] = '\\';
      out[at++] = 'x';
      out[at++] = hex[c >> 4];
      out[at++] = hex[c & 0xf];
    }
  }
  if (size > CONSENT_QUOTE_MAX) {
    out[at++] = '.';
    out[at++] = '.';
    out[at++] = '.';
  }
  out[at] = '\0';
}

#endif

/* The floor of the reader's design: zlib inflate of one ZIP entry plus a bare libxml2 SAX2
   pass that only counts cell elements. Build: cc -O2 floor.c -o floor $(pkg-config --cflags --libs libxml-2.0) -lz
   Usage: floor FILE ENTRY   (e.g. xl/worksheets/sheet1.xml, or content.xml for ODS) */
#include <libxml/parser.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static long long cells;

static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                     int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                     const xmlChar **attributes) {
    (void)ctx; (void)prefix; (void)uri; (void)nb_namespaces; (void)namespaces;
    (void)nb_attributes; (void)nb_defaulted; (void)attributes;
    if ((localname[0] == 'c' && localname[1] == 0) || strcmp((const char *)localname, "table-cell") == 0)
        cells++;
}

static void on_characters(void *ctx, const xmlChar *ch, int len) { (void)ctx; (void)ch; (void)len; }

static uint32_t le32(const unsigned char *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t le16(const unsigned char *p) { return p[0] | p[1] << 8; }

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: floor FILE ENTRY\n"); return 2; }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 1; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    long tail_len = size < 65557 ? size : 65557;
    unsigned char *tail = malloc(tail_len);
    fseek(f, size - tail_len, SEEK_SET);
    if (fread(tail, 1, tail_len, f) != (size_t)tail_len) return 1;
    long eocd = -1;
    for (long i = tail_len - 22; i >= 0; i--)
        if (le32(tail + i) == 0x06054b50) { eocd = i; break; }
    if (eocd < 0) { fprintf(stderr, "no end of central directory\n"); return 1; }
    uint32_t cd_size = le32(tail + eocd + 12), cd_offset = le32(tail + eocd + 16);
    unsigned char *cd = malloc(cd_size);
    fseek(f, cd_offset, SEEK_SET);
    if (fread(cd, 1, cd_size, f) != cd_size) return 1;
    long local = -1; uint32_t csize = 0; uint16_t method = 0;
    for (uint32_t p = 0; p + 46 <= cd_size && le32(cd + p) == 0x02014b50;) {
        uint16_t n = le16(cd + p + 28), x = le16(cd + p + 30), c = le16(cd + p + 32);
        if (n == strlen(argv[2]) && memcmp(cd + p + 46, argv[2], n) == 0) {
            method = le16(cd + p + 10); csize = le32(cd + p + 20); local = le32(cd + p + 42);
            break;
        }
        p += 46 + n + x + c;
    }
    if (local < 0) { fprintf(stderr, "no entry %s\n", argv[2]); return 1; }
    unsigned char header[30];
    fseek(f, local, SEEK_SET);
    if (fread(header, 1, 30, f) != 30) return 1;
    fseek(f, local + 30 + le16(header + 26) + le16(header + 28), SEEK_SET);

    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.characters = on_characters;
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, NULL, NULL, 0, NULL);
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_HUGE);

    enum { CHUNK = 1 << 18 };
    unsigned char *in = malloc(CHUNK), *out = malloc(CHUNK);
    z_stream z; memset(&z, 0, sizeof z);
    inflateInit2(&z, -15);
    uint32_t left = csize;
    int done = 0;
    while (!done && left > 0) {
        size_t want = left < CHUNK ? left : CHUNK;
        size_t got = fread(in, 1, want, f);
        if (got == 0) break;
        left -= got;
        if (method == 0) { xmlParseChunk(ctxt, (const char *)in, (int)got, 0); continue; }
        z.next_in = in; z.avail_in = (uInt)got;
        do {
            z.next_out = out; z.avail_out = CHUNK;
            int r = inflate(&z, Z_NO_FLUSH);
            if (r != Z_OK && r != Z_STREAM_END) { fprintf(stderr, "inflate error %d\n", r); return 1; }
            xmlParseChunk(ctxt, (const char *)out, CHUNK - z.avail_out, 0);
            if (r == Z_STREAM_END) { done = 1; break; }
        } while (z.avail_in > 0 || z.avail_out == 0);
    }
    xmlParseChunk(ctxt, NULL, 0, 1);
    printf("%lld cells\n", cells);
    return 0;
}

/*
 * The zlib and liblzma entry points that Debian's static libxml2 refers to, answering
 * "cannot" — linked into the self-contained binary only (Scripts/build-static), in
 * place of libz.a and liblzma.a (about 0.14 MB).
 *
 * Why: libxml2 uses zlib and liblzma in one place, its file I/O layer (xmlIO.c,
 * xzlib.c): reading a gzip- or xz-compressed XML file by name and writing a compressed
 * one. pepcheck never hands libxml2 a file: it writes JUnit XML into a memory buffer
 * (xmlNewTextWriterMemory) and reads it from memory (xmlReadMemory), so none of these
 * functions is reached. Should one be, it fails as zlib and liblzma fail (NULL, an error
 * code), and libxml2 reports an I/O error: the behaviour of a libxml2 configured
 * `--without-zlib --without-lzma`, as with ICU in icu-unavailable.c.
 *
 * The declarations are written out (not included) so that the build needs neither
 * zlib1g-dev nor liblzma-dev; they are the ABI of zlib 1.2 and liblzma 5.
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>

/* zlib: return codes from zlib.h. */
#define Z_STREAM_ERROR (-2)
#define Z_MEM_ERROR (-4)

typedef struct gzFile_s *gzFile;

gzFile gzopen64(const char *path, const char *mode) {
    (void)path; (void)mode;
    errno = ENOSYS;
    return NULL;
}

gzFile gzdopen(int fd, const char *mode) {
    (void)fd; (void)mode;
    errno = ENOSYS;
    return NULL;
}

/* No gzFile is ever opened, so the functions below never see one. */
int gzread(gzFile file, void *buf, unsigned len) { (void)file; (void)buf; (void)len; return -1; }
int gzwrite(gzFile file, const void *buf, unsigned len) { (void)file; (void)buf; (void)len; return 0; }
int gzclose(gzFile file) { (void)file; return Z_STREAM_ERROR; }
int gzdirect(gzFile file) { (void)file; return 0; }

/* The stream functions take a z_stream; it is only passed on, never read here. */
int deflateInit2_(void *strm, int level, int method, int windowBits, int memLevel, int strategy,
                  const char *version, int stream_size) {
    (void)strm; (void)level; (void)method; (void)windowBits; (void)memLevel; (void)strategy;
    (void)version; (void)stream_size;
    return Z_MEM_ERROR;
}
int inflateInit2_(void *strm, int windowBits, const char *version, int stream_size) {
    (void)strm; (void)windowBits; (void)version; (void)stream_size;
    return Z_MEM_ERROR;
}
int deflate(void *strm, int flush) { (void)strm; (void)flush; return Z_STREAM_ERROR; }
int inflate(void *strm, int flush) { (void)strm; (void)flush; return Z_STREAM_ERROR; }
int deflateEnd(void *strm) { (void)strm; return Z_STREAM_ERROR; }
int inflateEnd(void *strm) { (void)strm; return Z_STREAM_ERROR; }
int inflateReset(void *strm) { (void)strm; return Z_STREAM_ERROR; }

/* A real CRC-32 (zlib's polynomial), bit by bit: it needs no stream and costs nothing
 * where nothing is compressed. */
unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned len) {
    if (buf == NULL) return 0;
    uint32_t c = (uint32_t)crc ^ 0xFFFFFFFFu;
    for (unsigned i = 0; i < len; i++) {
        c ^= buf[i];
        for (int bit = 0; bit < 8; bit++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return c ^ 0xFFFFFFFFu;
}

/* liblzma: return codes from lzma/base.h. */
#define LZMA_MEM_ERROR 5
#define LZMA_OPTIONS_ERROR 8
#define LZMA_PROG_ERROR 11

int lzma_auto_decoder(void *strm, uint64_t memlimit, uint32_t flags) {
    (void)strm; (void)memlimit; (void)flags;
    return LZMA_MEM_ERROR;
}
int lzma_code(void *strm, int action) { (void)strm; (void)action; return LZMA_PROG_ERROR; }
void lzma_end(void *strm) { (void)strm; }
int lzma_properties_decode(void *filter, const void *allocator, const uint8_t *props, size_t props_size) {
    (void)filter; (void)allocator; (void)props; (void)props_size;
    return LZMA_OPTIONS_ERROR;
}

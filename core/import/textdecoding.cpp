#include "core/import/textdecoding.h"

#include <QCoreApplication>

#include <iconv.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace ecoclaim::importing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecoclaim::Import)
};

// The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF); -1 when every byte is.
qsizetype firstBadUtf8(const QByteArray &bytes, qsizetype from)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = from; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        unsigned char lo = 0x80, hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf)
            more = 1;
        else if (c == 0xe0)
            more = 2, lo = 0xa0;
        else if (c == 0xed)
            more = 2, hi = 0x9f;
        else if (c >= 0xe1 && c <= 0xef)
            more = 2;
        else if (c == 0xf0)
            more = 3, lo = 0x90;
        else if (c >= 0xf1 && c <= 0xf3)
            more = 3;
        else if (c == 0xf4)
            more = 3, hi = 0x8f;
        else
            return i;
        for (int k = 1; k <= more; ++k) {
            if (i + k >= n)
                return i;
            const unsigned char b = p[i + k];
            if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xbf))
                return i;
        }
        i += more + 1;
    }
    return -1;
}

// The line (1-based) of a byte offset, for the message.
int lineOf(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// Decodes GB18030 with glibc's iconv; the offset of the first byte it cannot decode, or the text.
domain::Result<QString> fromGb18030(const QByteArray &bytes, qsizetype *badAt)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1))
        return domain::Problem{u"file"_s, Tr::tr("This system cannot decode GB18030 (iconv has no GB18030 module)."), {}};
    QByteArray out(bytes.size() * 2 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *dst = out.data();
    size_t outLeft = size_t(out.size());
    bool ok = true;
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &dst, &outLeft) == size_t(-1)) {
            if (errno == E2BIG) { // GB18030 never takes more than 2 × its bytes in UTF-8; grow anyway
                const qsizetype used = dst - out.data();
                out.resize(out.size() * 2);
                dst = out.data() + used;
                outLeft = size_t(out.size() - used);
                continue;
            }
            ok = false; // EILSEQ or EINVAL (truncated at the end)
            break;
        }
    }
    iconv_close(cd);
    if (!ok) {
        *badAt = in - bytes.constData();
        return QString();
    }
    out.truncate(dst - out.data());
    *badAt = -1;
    return QString::fromUtf8(out);
}
} // namespace

domain::Result<DecodedText> decodeText(const QByteArray &bytes)
{
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff"))
        return domain::Problem{u"file"_s, Tr::tr("The file is in UTF-16. Save it as \"CSV UTF-8\" (or GB18030) and import that."), {}};
    if (bytes.startsWith("\xef\xbb\xbf")) {
        if (const qsizetype bad = firstBadUtf8(bytes, 3); bad >= 0)
            return domain::Problem{u"file"_s, Tr::tr("The file says it is UTF-8 (it begins with a byte-order mark), but byte %1 "
                                                     "(line %2) is not UTF-8. Nothing was imported.")
                                                  .arg(bad + 1).arg(lineOf(bytes, bad)), {}};
        return DecodedText{QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3), u"UTF-8 with BOM"_s};
    }
    const qsizetype badUtf8 = firstBadUtf8(bytes, 0);
    if (badUtf8 < 0)
        return DecodedText{QString::fromUtf8(bytes), u"UTF-8"_s};
    qsizetype badGb = -1;
    auto gb = fromGb18030(bytes, &badGb);
    if (!gb)
        return gb.problems();
    if (badGb >= 0)
        return domain::Problem{u"file"_s, Tr::tr("The file is neither UTF-8 (byte %1, line %2, is not) nor GB18030 (byte %3, "
                                                 "line %4, is not). Save it as \"CSV UTF-8\" and import that.")
                                              .arg(badUtf8 + 1).arg(lineOf(bytes, badUtf8)).arg(badGb + 1).arg(lineOf(bytes, badGb)), {}};
    return DecodedText{gb.value(), u"GB18030"_s};
}

} // namespace ecoclaim::importing

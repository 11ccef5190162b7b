#include "core/storage/contenthash.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace ecoclaim::storage {

struct ContentHasher::Contexts
{
    EVP_MD_CTX *sha256 = EVP_MD_CTX_new();
    EVP_MD_CTX *sm3 = EVP_MD_CTX_new();
    ~Contexts()
    {
        EVP_MD_CTX_free(sha256);
        EVP_MD_CTX_free(sm3);
    }
};

ContentHasher::ContentHasher() : m_contexts(std::make_unique<Contexts>())
{
    EVP_DigestInit_ex(m_contexts->sha256, EVP_sha256(), nullptr);
    EVP_DigestInit_ex(m_contexts->sm3, EVP_sm3(), nullptr);
}

ContentHasher::~ContentHasher() = default;

void ContentHasher::addData(const char *data, qint64 length)
{
    EVP_DigestUpdate(m_contexts->sha256, data, size_t(length));
    EVP_DigestUpdate(m_contexts->sm3, data, size_t(length));
    m_size += length;
}

ContentDigest ContentHasher::finish()
{
    auto hex = [](EVP_MD_CTX *ctx) {
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(ctx, out, &length);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), int(length)).toHex());
    };
    return ContentDigest{hex(m_contexts->sha256), hex(m_contexts->sm3), m_size};
}

ContentDigest digestOf(const QByteArray &bytes)
{
    ContentHasher hasher;
    hasher.addData(bytes);
    return hasher.finish();
}

domain::Result<ContentDigest> digestOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return domain::Problem{{}, QCoreApplication::translate("ecoclaim::FileStore", "The file %1 cannot be read: %2")
                                       .arg(path, file.errorString()), {}};
    ContentHasher hasher;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return domain::Problem{{}, QCoreApplication::translate("ecoclaim::FileStore", "The file %1 cannot be read: %2")
                                           .arg(path, file.errorString()), {}};
        if (n == 0)
            break;
        hasher.addData(block.constData(), n);
    }
    return hasher.finish();
}

} // namespace ecoclaim::storage

// Replays files through a fuzz target (the ordinary, non-fuzzing build): every file of the folders given —
// the kept corpus and the regressions (inputs that once crashed) — must run without crashing. Run by
// CTest as tst_fuzzreplay_<target>; a crash or a sanitizer report fails it.
#include "fuzztarget.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    LLVMFuzzerInitialize(&argc, &argv);
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QFile::decodeName(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
                return 1;
            }
            const QByteArray bytes = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            ++files;
        }
    }
    std::printf("%d inputs replayed without a crash\n", files);
    return files > 0 ? 0 : 1; // an empty corpus is a broken setup, not a pass
}

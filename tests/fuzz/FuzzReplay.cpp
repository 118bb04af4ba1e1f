// SPDX-License-Identifier: GPL-3.0-or-later
// The driver a fuzz target links when it is not built with libFuzzer: runs every seed file, then a fixed
// number of deterministic mutations of them. It makes the fuzz targets part of every test run (a smoke
// run); real fuzzing uses clang's libFuzzer (scripts/fuzz).
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>
#include <random>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

QByteArray mutate(QByteArray input, std::mt19937& random)
{
    const int edits = 1 + static_cast<int>(random() % 8);
    for (int i = 0; i < edits; ++i) {
        const auto position = input.isEmpty() ? 0 : static_cast<qsizetype>(random() % input.size());
        switch (random() % 5) {
        case 0: // flip a byte
            if (!input.isEmpty())
                input[position] = static_cast<char>(random());
            break;
        case 1: // insert a byte that parsers care about
            input.insert(position, "\r\n{}[]+-*. \0"[random() % 12]);
            break;
        case 2: // drop a run
            input.remove(position, static_cast<qsizetype>(random() % 16));
            break;
        case 3: // duplicate a run
            input.insert(position, input.mid(position, static_cast<qsizetype>(random() % 64)));
            break;
        default: // a long run, to reach the limits
            input.insert(position, QByteArray(static_cast<qsizetype>(random() % 20'000), static_cast<char>('A' + random() % 26)));
        }
    }
    return input;
}

void run(const QByteArray& input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), static_cast<size_t>(input.size()));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: %s MUTATIONS CORPUS_DIR...\n", argv[0]);
        return 2;
    }
    const int mutations = arguments[1].toInt();
    QList<QByteArray> seeds;
    for (const QString& directory : arguments.mid(2)) {
        const QDir dir(directory);
        for (const QString& name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                seeds.append(file.readAll());
        }
    }
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "no seed files\n");
        return 2;
    }
    for (const QByteArray& seed : std::as_const(seeds))
        run(seed);
    std::mt19937 random(20261122); // fixed: a failure reproduces
    for (int i = 0; i < mutations; ++i)
        run(mutate(seeds[static_cast<qsizetype>(random() % seeds.size())], random));
    std::printf("%lld seeds and %d mutations ran without a crash\n", static_cast<long long>(seeds.size()), mutations);
    return 0;
}

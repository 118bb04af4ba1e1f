// SPDX-License-Identifier: GPL-3.0-or-later
// The configurations items of mailscout.discovery/1: written, read back, and bad input named precisely.
#include "report/AccountConfigJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mailscout;
using namespace Qt::StringLiterals;

namespace {

AccountConfig sample()
{
    AccountConfig config;
    config.incoming = { { Protocol::Pop3, u"pop.example.test"_s, 995, Security::ImplicitTls }, u"alice"_s,
        u"password-encrypted"_s, true };
    config.outgoing = { { Protocol::Smtp, u"smtp.example.test"_s, 587, Security::StartTls },
        u"alice@example.test"_s, u"OAuth2"_s, false };
    config.score = 42;
    config.reasons = { u"first"_s, u"second"_s };
    config.warnings = { u"careful"_s };
    config.oauth2Required = true;
    config.loginVerified = false;
    return config;
}

} // namespace

class TestAccountConfigJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shape()
    {
        const QJsonObject json = AccountConfigJson::toJson(sample(), 3);
        QCOMPARE(json.value(u"rank"_s).toInt(), 3);
        const QJsonObject in = json.value(u"incoming"_s).toObject();
        QCOMPARE(in.value(u"protocol"_s).toString(), u"pop3"_s);
        QCOMPARE(in.value(u"host"_s).toString(), u"pop.example.test"_s);
        QCOMPARE(in.value(u"port"_s).toInt(), 995);
        QCOMPARE(in.value(u"security"_s).toString(), u"tls"_s);
        QCOMPARE(in.value(u"username"_s).toString(), u"alice"_s);
        QCOMPARE(in.value(u"auth"_s).toString(), u"password-encrypted"_s);
        QCOMPARE(json.value(u"outgoing"_s).toObject().value(u"security"_s).toString(), u"starttls"_s);
        QCOMPARE(json.value(u"score"_s).toInt(), 42);
        QCOMPARE(json.value(u"reasons"_s).toArray().size(), 2);
        QCOMPARE(json.value(u"warnings"_s).toArray().size(), 1);
        QCOMPARE(json.value(u"oauth2_required"_s).toBool(), true);
    }

    void roundTrip()
    {
        const QByteArray text = QJsonDocument(AccountConfigJson::toJson(sample(), 2)).toJson();
        const AccountConfigJson::Parsed parsed
            = AccountConfigJson::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(parsed.config, qPrintable(parsed.error));
        QCOMPARE(parsed.rank, 2);
        QVERIFY(*parsed.config == sample());
    }

    void minimal()
    {
        const QJsonObject json = QJsonDocument::fromJson(R"({"rank":1,
            "incoming":{"protocol":"imap","host":"h.example","port":993,"security":"tls"},
            "outgoing":{"protocol":"smtp","host":"h.example","port":465,"security":"tls"}})")
                                     .object();
        const AccountConfigJson::Parsed parsed = AccountConfigJson::fromJson(json);
        QVERIFY2(parsed.config, qPrintable(parsed.error));
        QVERIFY(parsed.config->incoming.username.isEmpty());
        QVERIFY(parsed.config->reasons.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("path"); // "incoming.port" etc.; empty: remove the top-level key
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected"); // the start of the error
        const QJsonValue missing(QJsonValue::Undefined);
        QTest::addRow("no rank") << u"rank"_s << missing << u"rank:"_s;
        QTest::addRow("rank 0") << u"rank"_s << QJsonValue(0) << u"rank:"_s;
        QTest::addRow("rank 1.5") << u"rank"_s << QJsonValue(1.5) << u"rank:"_s;
        QTest::addRow("no incoming") << u"incoming"_s << missing << u"incoming:"_s;
        QTest::addRow("bad protocol")
            << u"incoming.protocol"_s << QJsonValue(u"jmap"_s) << u"incoming.protocol:"_s;
        QTest::addRow("smtp incoming")
            << u"incoming.protocol"_s << QJsonValue(u"smtp"_s) << u"incoming.protocol:"_s;
        QTest::addRow("imap outgoing")
            << u"outgoing.protocol"_s << QJsonValue(u"imap"_s) << u"outgoing.protocol:"_s;
        QTest::addRow("no host") << u"outgoing.host"_s << missing << u"outgoing.host:"_s;
        QTest::addRow("port text") << u"incoming.port"_s << QJsonValue(u"993"_s) << u"incoming.port:"_s;
        QTest::addRow("port 0") << u"incoming.port"_s << QJsonValue(0) << u"incoming.port:"_s;
        QTest::addRow("port 70000") << u"incoming.port"_s << QJsonValue(70000) << u"incoming.port:"_s;
        QTest::addRow("bad security")
            << u"outgoing.security"_s << QJsonValue(u"ssl"_s) << u"outgoing.security:"_s;
        QTest::addRow("username number")
            << u"incoming.username"_s << QJsonValue(7) << u"incoming.username:"_s;
        QTest::addRow("reasons text") << u"reasons"_s << QJsonValue(u"x"_s) << u"reasons:"_s;
        QTest::addRow("warnings numbers") << u"warnings"_s << QJsonValue(QJsonArray { 1 }) << u"warnings:"_s;
        QTest::addRow("score text") << u"score"_s << QJsonValue(u"high"_s) << u"score:"_s;
        QTest::addRow("oauth2 text") << u"oauth2_required"_s << QJsonValue(u"yes"_s) << u"oauth2_required:"_s;
    }
    void errors()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject json = AccountConfigJson::toJson(sample(), 1);
        const QStringList parts = path.split(u'.');
        const auto set = [&](QJsonObject& object, const QString& key) {
            if (value.isUndefined())
                object.remove(key);
            else
                object.insert(key, value);
        };
        if (parts.size() == 1) {
            set(json, path);
        } else {
            QJsonObject server = json.value(parts[0]).toObject();
            set(server, parts[1]);
            json.insert(parts[0], server);
        }
        const AccountConfigJson::Parsed parsed = AccountConfigJson::fromJson(json);
        QVERIFY(!parsed.config);
        QVERIFY2(parsed.error.startsWith(expected), qPrintable(parsed.error));
    }
};

QTEST_GUILESS_MAIN(TestAccountConfigJson)
#include "TestAccountConfigJson.moc"

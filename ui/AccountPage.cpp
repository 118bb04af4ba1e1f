// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountPage.h"

#include "discovery/EmailAddress.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mailscout {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kRecentAddresses = 8;
const auto kRecentKey = "recentAddresses"_L1;

QSpinBox* portBox(QWidget* parent, const QString& objectName)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, 65535);
    box->setSpecialValueText(AccountPage::tr("standard ports"));
    return box;
}

QLabel* problemLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(u"color: #c62828;"_s);
    label->hide();
    return label;
}

// Shows what is wrong with a field right under it, and tells screen readers through the field itself.
void showProblem(QLabel* label, QLineEdit* edit, const EmailAddress& parsed)
{
    const bool problem = !edit->text().isEmpty() && !parsed.isValid();
    label->setText(problem ? parsed.errorMessage() : QString());
    label->setVisible(problem);
    edit->setAccessibleDescription(problem ? parsed.errorMessage() : QString());
}

// "2525, 10993" → the ports; nothing when one of them is not a port number. Empty text: no extra ports.
std::optional<QList<quint16>> parsePortList(const QString& text)
{
    QList<quint16> ports;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int port = part.trimmed().toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return std::nullopt;
        if (!ports.contains(static_cast<quint16>(port)))
            ports.append(static_cast<quint16>(port));
    }
    return ports;
}

} // namespace

AccountPage::AccountPage(QWidget* parent)
    : QWizardPage(parent)
    , m_accountMode(new QRadioButton(tr("&Set up my mail account"), this))
    , m_diagnoseMode(new QRadioButton(tr("D&iagnose a server (for technicians)"), this))
    , m_accountBox(new QGroupBox(tr("Your account"), this))
    , m_diagnoseBox(new QGroupBox(tr("Server to diagnose"), this))
    , m_name(new QLineEdit(m_accountBox))
    , m_address(new QLineEdit(m_accountBox))
    , m_addressProblem(problemLabel(m_accountBox, u"addressProblem"_s))
    , m_password(new QLineEdit(m_accountBox))
    , m_verifyLogin(new QCheckBox(tr("&Verify my login with this password"), m_accountBox))
    , m_knowServer(new QCheckBox(tr("I &know my server"), m_accountBox))
    , m_serverHost(new QLineEdit(m_accountBox))
    , m_serverPort(portBox(m_accountBox, u"serverPort"_s))
    , m_serverProblem(problemLabel(m_accountBox, u"serverProblem"_s))
    , m_diagnoseHost(new QLineEdit(m_diagnoseBox))
    , m_diagnosePorts(new QLineEdit(m_diagnoseBox))
    , m_diagnoseProblem(problemLabel(m_diagnoseBox, u"diagnoseProblem"_s))
    , m_portsProblem(problemLabel(m_diagnoseBox, u"portsProblem"_s))
{
    setTitle(tr("Your mail account"));
    setSubTitle(tr("Type your e-mail address. Mailscout finds the servers for it and checks each one."));

    m_accountMode->setObjectName(u"accountMode"_s);
    m_diagnoseMode->setObjectName(u"diagnoseMode"_s);
    m_accountMode->setChecked(true);
    m_accountMode->setAccessibleDescription(tr("Find and check the settings for an e-mail address."));
    m_diagnoseMode->setAccessibleDescription(tr("Check every standard mail port of one server."));

    m_name->setObjectName(u"nameEdit"_s);
    m_name->setAccessibleName(tr("Your name"));
    m_name->setAccessibleDescription(tr("Optional; shown to the people you write to."));
    m_address->setObjectName(u"addressEdit"_s);
    m_address->setAccessibleName(tr("E-mail address"));
    m_address->setPlaceholderText(tr("name@example.com"));
    m_address->setClearButtonEnabled(true);
    auto* completer = new QCompleter(QSettings().value(kRecentKey).toStringList(), m_address);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_address->setCompleter(completer);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("Optional. Used only to verify your login, never stored."));
    m_password->setPlaceholderText(tr("optional, never stored"));
    m_verifyLogin->setObjectName(u"verifyLogin"_s);
    m_verifyLogin->setAccessibleDescription(
        tr("Sends the password to the recommended servers only, and only over a verified encrypted connection."));
    m_knowServer->setObjectName(u"knowServer"_s);
    m_knowServer->setAccessibleDescription(tr("Also check a server you name yourself."));
    m_serverHost->setObjectName(u"serverHost"_s);
    m_serverHost->setAccessibleName(tr("Your server"));
    m_serverHost->setPlaceholderText(tr("mail.example.com"));
    m_serverPort->setAccessibleName(tr("Your server's port"));
    m_serverPort->setAccessibleDescription(tr("Leave at \"standard ports\" unless your provider gave you a port."));
    m_diagnoseHost->setObjectName(u"diagnoseHost"_s);
    m_diagnoseHost->setAccessibleName(tr("Server to diagnose"));
    m_diagnoseHost->setPlaceholderText(tr("mail.example.com"));
    m_diagnosePorts->setObjectName(u"diagnosePorts"_s);
    m_diagnosePorts->setPlaceholderText(tr("none, or e.g. 2525, 10993"));
    m_diagnosePorts->setAccessibleName(tr("Extra ports"));
    m_diagnosePorts->setAccessibleDescription(tr("Non-standard ports to check besides the seven standard ones, separated by commas."));

    auto* accountForm = new QFormLayout(m_accountBox);
    const auto addRow = [](QFormLayout* form, const QString& text, QWidget* field) {
        auto* label = new QLabel(text, field->parentWidget());
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(accountForm, tr("Your na&me:"), m_name);
    addRow(accountForm, tr("&E-mail address:"), m_address);
    accountForm->addRow(QString(), m_addressProblem);
    addRow(accountForm, tr("&Password:"), m_password);
    accountForm->addRow(QString(), m_verifyLogin);
    accountForm->addRow(QString(), m_knowServer);
    addRow(accountForm, tr("Se&rver:"), m_serverHost);
    addRow(accountForm, tr("P&ort:"), m_serverPort);
    accountForm->addRow(QString(), m_serverProblem);

    auto* diagnoseForm = new QFormLayout(m_diagnoseBox);
    addRow(diagnoseForm, tr("Hos&t:"), m_diagnoseHost);
    diagnoseForm->addRow(QString(), m_diagnoseProblem);
    addRow(diagnoseForm, tr("E&xtra ports:"), m_diagnosePorts);
    diagnoseForm->addRow(QString(), m_portsProblem);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_accountMode);
    layout->addWidget(m_diagnoseMode);
    layout->addWidget(m_accountBox);
    layout->addWidget(m_diagnoseBox);
    layout->addStretch();

    for (QLineEdit* edit : { m_address, m_password, m_serverHost, m_diagnoseHost, m_diagnosePorts })
        connect(edit, &QLineEdit::textChanged, this, &AccountPage::updateState);
    for (QAbstractButton* button : std::initializer_list<QAbstractButton*> { m_accountMode, m_knowServer })
        connect(button, &QAbstractButton::toggled, this, &AccountPage::updateState);
    updateState();
}

bool AccountPage::addressValid() const
{
    return EmailAddress::parseAddress(m_address->text()).isValid();
}

bool AccountPage::hostValid(const QLineEdit* edit) const
{
    return EmailAddress::parseHost(edit->text()).isValid();
}

void AccountPage::updateState()
{
    const bool account = m_accountMode->isChecked();
    m_accountBox->setVisible(account);
    m_diagnoseBox->setVisible(!account);
    setTitle(account ? tr("Your mail account") : tr("Diagnose a server"));
    setSubTitle(account ? tr("Type your e-mail address. Mailscout finds the servers for it and checks each one.")
                        : tr("Mailscout checks the seven standard mail ports of this server, and any extra ones you give."));
    m_verifyLogin->setEnabled(!m_password->text().isEmpty());
    if (m_password->text().isEmpty())
        m_verifyLogin->setChecked(false);
    for (QWidget* field : std::initializer_list<QWidget*> { m_serverHost, m_serverPort })
        field->setEnabled(m_knowServer->isChecked());

    showProblem(m_addressProblem, m_address, EmailAddress::parseAddress(m_address->text()));
    showProblem(m_serverProblem, m_serverHost, EmailAddress::parseHost(m_serverHost->text()));
    if (!m_knowServer->isChecked())
        m_serverProblem->hide();
    showProblem(m_diagnoseProblem, m_diagnoseHost, EmailAddress::parseHost(m_diagnoseHost->text()));
    const bool portsBad = !parsePortList(m_diagnosePorts->text());
    const QString portsMessage = tr("Ports are numbers from 1 to 65535, separated by commas.");
    m_portsProblem->setText(portsBad ? portsMessage : QString());
    m_portsProblem->setVisible(portsBad);
    m_diagnosePorts->setAccessibleDescription(portsBad ? portsMessage
                                                       : tr("Non-standard ports to check besides the seven standard ones, separated by commas."));
    Q_EMIT completeChanged();
}

bool AccountPage::isComplete() const
{
    if (m_diagnoseMode->isChecked())
        return hostValid(m_diagnoseHost) && parsePortList(m_diagnosePorts->text()).has_value();
    return addressValid() && (!m_knowServer->isChecked() || hostValid(m_serverHost));
}

SetupRequest AccountPage::request() const
{
    SetupRequest request;
    if (m_diagnoseMode->isChecked()) {
        request.mode = SetupRequest::Mode::Diagnose;
        request.host = m_diagnoseHost->text().trimmed();
        request.extraPorts = parsePortList(m_diagnosePorts->text()).value_or(QList<quint16>());
        return request;
    }
    request.name = m_name->text().trimmed();
    request.address = m_address->text().trimmed();
    request.password = m_password->text();
    request.verifyLogin = m_verifyLogin->isChecked();
    if (m_knowServer->isChecked()) {
        request.host = m_serverHost->text().trimmed();
        request.port = static_cast<quint16>(m_serverPort->value());
    }
    return request;
}

void AccountPage::prefill(const QString& address, const QString& host)
{
    if (!address.isEmpty()) {
        m_address->setText(address);
        if (!host.isEmpty()) {
            m_knowServer->setChecked(true);
            m_serverHost->setText(host);
        }
    } else if (!host.isEmpty()) {
        m_diagnoseMode->setChecked(true);
        m_diagnoseHost->setText(host);
    }
}

bool AccountPage::validatePage()
{
    // Leaving by Alt+N leaves the recent-address popup open over the next page otherwise.
    m_address->completer()->popup()->hide();
    if (m_accountMode->isChecked())
        rememberAddress();
    return true;
}

void AccountPage::rememberAddress()
{
    // Addresses only: a password never reaches the settings file.
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString address = m_address->text().trimmed();
    recent.removeAll(address);
    recent.prepend(address);
    settings.setValue(kRecentKey, recent.mid(0, kRecentAddresses));
}

} // namespace mailscout

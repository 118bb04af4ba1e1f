// SPDX-License-Identifier: GPL-3.0-or-later
#include "DonePage.h"

#include "ExportPage.h"

#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace mailscout {

using namespace Qt::StringLiterals;

DonePage::DonePage(const ExportPage* exportPage, QWidget* parent)
    : QWizardPage(parent)
    , m_exportPage(exportPage)
    , m_summary(new QLabel(this))
{
    setTitle(tr("Done"));
    setFinalPage(true);
    m_summary->setObjectName(u"doneSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch();
}

QString DonePage::nextStep(const QString& formatId)
{
    if (formatId == "thunderbird"_L1)
        return tr("Publish the file as autoconfig for your domain, or in Thunderbird choose Account Settings → Add Mail Account and type the settings shown.");
    if (formatId.startsWith("outlook"_L1))
        return tr("Close Outlook, open the file on the Windows computer (the registry file asks before it changes anything), then add the account in Outlook.");
    if (formatId == "apple"_L1)
        return tr("Send the profile to the Mac, iPhone or iPad, open it, and install it under Settings → Profile Downloaded.");
    if (formatId == "k9"_L1)
        return tr("Copy the file to the phone and import it in K-9 Mail / Thunderbird for Android under Settings → Import settings.");
    if (formatId == "msmtp"_L1 || formatId == "mbsync"_L1 || formatId == "fetchmail"_L1 || formatId == "neomutt"_L1 || formatId == "aerc"_L1)
        return tr("Move the file where the program reads its configuration and replace the password command in it with yours.");
    if (formatId == "html"_L1)
        return tr("Open the sheet in a browser to print it or attach it to the ticket.");
    if (formatId == "dns"_L1)
        return tr("Add the records to your domain's DNS zone.");
    return tr("Open the file or pass it to whoever sets up the mail program.");
}

void DonePage::initializePage()
{
    const QList<ExportPage::SavedFile>& saved = m_exportPage->savedFiles();
    if (saved.isEmpty()) {
        setSubTitle(tr("Nothing was saved."));
        m_summary->setText(tr("You can type the settings from the results page into your mail program, or go back and export them."));
        return;
    }
    setSubTitle(tr("Your settings are written."));
    QString html = u"<ul>"_s;
    for (const ExportPage::SavedFile& file : saved) {
        html += u"<li>"_s + tr("<b>%1</b> written to <tt>%2</tt>.").arg(file.formatName.toHtmlEscaped(), QDir::toNativeSeparators(file.path).toHtmlEscaped())
            + u"<br>"_s + nextStep(file.formatId).toHtmlEscaped() + u"</li>"_s;
    }
    html += u"</ul>"_s + tr("No password was written into any file.");
    m_summary->setText(html);
}

} // namespace mailscout

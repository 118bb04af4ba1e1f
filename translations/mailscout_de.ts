<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountConfigJson</name>
    <message>
        <location filename="../core/report/AccountConfigJson.cpp" line="+67"/>
        <source>rank: expected a whole number from 1 up</source>
        <translation>rank: erwartet eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>incoming.protocol: expected &quot;imap&quot; or &quot;pop3&quot;</source>
        <translation>incoming.protocol: erwartet „imap“ oder „pop3“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outgoing.protocol: expected &quot;smtp&quot;</source>
        <translation>outgoing.protocol: erwartet „smtp“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>score: expected a number</source>
        <translation>score: erwartet eine Zahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reasons: expected a list of strings</source>
        <translation>reasons: erwartet eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings: expected a list of strings</source>
        <translation>warnings: erwartet eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected true or false</source>
        <translation>%1: erwartet true oder false</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: expected an object with protocol, host, port and security</source>
        <translation>%1: erwartet ein Objekt mit protocol, host, port und security</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.protocol: expected &quot;imap&quot;, &quot;pop3&quot; or &quot;smtp&quot;</source>
        <translation>%1.protocol: erwartet „imap“, „pop3“ oder „smtp“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.host: expected a host name</source>
        <translation>%1.host: erwartet einen Hostnamen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.port: expected a number from 1 to 65535</source>
        <translation>%1.port: erwartet eine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.security: expected &quot;tls&quot;, &quot;starttls&quot; or &quot;plain&quot;</source>
        <translation>%1.security: erwartet „tls“, „starttls“ oder „plain“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2: expected a string</source>
        <translation>%1.%2: erwartet eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.login_verified: expected true or false</source>
        <translation>%1.login_verified: erwartet true oder false</translation>
    </message>
</context>
<context>
    <name>AercExporter</name>
    <message>
        <location filename="../core/export/AercExporter.cpp" line="+48"/>
        <source>aerc</source>
        <translation>aerc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>aerc accounts.conf section (file mode 0600, password by command)</source>
        <translation>aerc-Abschnitt für accounts.conf (Dateimodus 0600, Passwort per Befehl)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>aerc reads mail over IMAP, not POP3; this configuration fetches mail with POP3.</source>
        <translation>aerc liest Mails über IMAP, nicht POP3; diese Konfiguration holt Mails mit POP3.</translation>
    </message>
</context>
<context>
    <name>AppleProfileExporter</name>
    <message>
        <location filename="../core/export/AppleProfileExporter.cpp" line="+64"/>
        <source>Apple configuration profile</source>
        <translation>Apple-Konfigurationsprofil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apple .mobileconfig for iPhone, iPad and Mac Mail; signed when a certificate and key are given</source>
        <translation>Apple-.mobileconfig für iPhone, iPad und Mac Mail; signiert, wenn Zertifikat und Schlüssel angegeben sind</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signing needs both a certificate and its private key.</source>
        <translation>Zum Signieren braucht es ein Zertifikat und seinen privaten Schlüssel.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sets up the mail account %1.</source>
        <translation>Richtet das E-Mail-Konto %1 ein.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Mail account %1</source>
        <translation>E-Mail-Konto %1</translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <location filename="../core/assess/Assessor.cpp" line="+157"/>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: sign in with OAuth2; the provider accepts no password login there.</source>
        <translation>%1: mit OAuth2 anmelden; der Anbieter akzeptiert dort keine Anmeldung mit Passwort.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Settled without waiting for %1: no answer within %2 s where a round trip takes %3 ms, so most likely filtered by a firewall. Still waiting for them in the background.</source>
        <translation>Die Antwort steht fest, ohne auf %1 zu warten: Innerhalb von %2 s kam keine Antwort, obwohl ein Netzwerk-Umlauf %3 ms dauert; höchstwahrscheinlich filtert eine Firewall die Verbindung. Im Hintergrund wird weiter auf eine Antwort gewartet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All checks have finished.</source>
        <translation>Alle Prüfungen sind beendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The best servers are confirmed: none of the %n check(s) still running could outrank them.</source>
        <translation>
            <numerusform>Die besten Server stehen fest: Die noch laufende Prüfung kann sie nicht übertreffen.</numerusform>
            <numerusform>Die besten Server stehen fest: Keine der %n noch laufenden Prüfungen kann sie übertreffen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Still checking %1, which could outrank %2.</source>
        <translation>%1 wird noch geprüft und könnte %2 übertreffen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secure incoming server is confirmed yet; still checking %1.</source>
        <translation>Noch ist kein sicherer Eingangsserver bestätigt; %1 wird noch geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure outgoing server is confirmed yet; still checking %1.</source>
        <translation>Noch ist kein sicherer Ausgangsserver bestätigt; %1 wird noch geprüft.</translation>
    </message>
</context>
<context>
    <name>AutodiscoverParser</name>
    <message>
        <location filename="../core/discovery/AutodiscoverParser.cpp" line="+51"/>
        <source>The %1 server “%2” is not a valid host name and is left out.</source>
        <translation>Der %1-Server „%2“ ist kein gültiger Hostname und wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The answer is %1 bytes long; at most %2 bytes are accepted.</source>
        <translation>Die Antwort ist %1 Byte lang; höchstens %2 Byte werden akzeptiert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1: document type declarations (DTD) are not allowed.</source>
        <translation>Zeile %1: Dokumenttyp-Deklarationen (DTD) sind nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: the answer is nested too deeply or has too many elements.</source>
        <translation>Zeile %1: Die Antwort ist zu tief verschachtelt oder hat zu viele Elemente.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer names no IMAP, POP3 or SMTP server.</source>
        <translation>Die Antwort nennt keinen IMAP-, POP3- oder SMTP-Server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server reported an error: %1</source>
        <translation>Der Server hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>BundledProviders</name>
    <message>
        <location filename="../core/discovery/BundledProviders.cpp" line="+56"/>
        <source>%1 is listed by another file too.</source>
        <translation>%1 wird auch von einer anderen Datei aufgeführt.</translation>
    </message>
</context>
<context>
    <name>CandidateSource</name>
    <message>
        <location filename="../core/model/Candidate.cpp" line="+49"/>
        <source>bundled provider data</source>
        <translation>mitgelieferte Anbieterdaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the domain&apos;s autoconfig file (HTTPS)</source>
        <translation>die Autoconfig-Datei der Domain (HTTPS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the domain&apos;s autoconfig file (unencrypted HTTP)</source>
        <translation>die Autoconfig-Datei der Domain (unverschlüsseltes HTTP)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thunderbird&apos;s ISP database</source>
        <translation>die ISP-Datenbank von Thunderbird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the domain&apos;s MX record</source>
        <translation>der MX-Eintrag der Domain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the domain&apos;s SRV records</source>
        <translation>die SRV-Einträge der Domain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outlook Autodiscover</source>
        <translation>Outlook Autodiscover</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a guess from common server names</source>
        <translation>eine Vermutung anhand üblicher Servernamen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entered by the user</source>
        <translation>vom Benutzer eingegeben</translation>
    </message>
</context>
<context>
    <name>ClientConfig</name>
    <message>
        <location filename="../core/discovery/ClientConfig.cpp" line="+52"/>
        <source>The server name %1 is not valid for this address; the server is left out.</source>
        <translation>Der Servername %1 ist für diese Adresse nicht gültig; der Server wird ausgelassen.</translation>
    </message>
</context>
<context>
    <name>ClientConfigParser</name>
    <message>
        <location filename="../core/discovery/ClientConfigParser.cpp" line="+34"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>document type declarations (DTD) and entity declarations are not allowed.</source>
        <translation>Dokumenttyp-Deklarationen (DTD) und Entity-Deklarationen sind nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>elements are nested more than %1 levels deep.</source>
        <translation>Elemente sind mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the document has more than %1 elements.</source>
        <translation>das Dokument hat mehr als %1 Elemente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the document is not valid UTF-8.</source>
        <translation>das Dokument ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the placeholder in “%1” lacks its closing %; read as “%2”.</source>
        <translation>dem Platzhalter in „%1“ fehlt das schließende %; gelesen als „%2“.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the host name contains a port.</source>
        <translation>der Hostname enthält einen Port.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the authentication method “%1” is unknown and ignored.</source>
        <translation>das Authentifizierungsverfahren „%1“ ist unbekannt und wird ignoriert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the %1 server is left out: %2</source>
        <translation>der %1-Server wird ausgelassen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no host name.</source>
        <translation>er hat keinen Hostnamen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the host name “%1” is not valid: %2</source>
        <translation>der Hostname „%1“ ist nicht gültig: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no socketType, so its security is unknown.</source>
        <translation>er hat keinen socketType, daher ist seine Sicherheit unbekannt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the socketType “%1” is unknown.</source>
        <translation>der socketType „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the port “%1” is not a number from 1 to 65535.</source>
        <translation>der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the %1 server names no port; the standard port %2 is assumed.</source>
        <translation>der %1-Server nennt keinen Port; der Standard-Port %2 wird angenommen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the domain “%1” is not valid and ignored.</source>
        <translation>die Domain „%1“ ist nicht gültig und wird ignoriert.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The document is %1 bytes long; at most %2 bytes are accepted.</source>
        <translation>Das Dokument ist %1 Byte lang; höchstens %2 Byte werden akzeptiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this is not a clientConfig document: the root element is &lt;%1&gt;.</source>
        <translation>dies ist kein clientConfig-Dokument: das Wurzelelement ist &lt;%1&gt;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only the first &lt;emailProvider&gt; is read; this one is ignored.</source>
        <translation>nur das erste &lt;emailProvider&gt; wird gelesen; dieses wird ignoriert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The document has no &lt;emailProvider&gt; element.</source>
        <translation>Das Dokument hat kein &lt;emailProvider&gt;-Element.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document names no usable IMAP, POP3 or SMTP server.</source>
        <translation>Das Dokument nennt keinen verwendbaren IMAP-, POP3- oder SMTP-Server.</translation>
    </message>
</context>
<context>
    <name>ConnectionOverrides</name>
    <message>
        <location filename="../core/model/ConnectionOverrides.cpp" line="+48"/>
        <source>--connect-to takes HOST1:PORT1:HOST2:PORT2</source>
        <translation>--connect-to nimmt HOST1:PORT1:HOST2:PORT2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--connect-to has a port outside 1-65535</source>
        <translation>--connect-to hat einen Port außerhalb von 1-65535</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--resolve takes HOST:PORT:ADDRESS[,ADDRESS...]</source>
        <translation>--resolve nimmt HOST:PORT:ADRESSE[,ADRESSE...]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--resolve has a port outside 1-65535</source>
        <translation>--resolve hat einen Port außerhalb von 1-65535</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--resolve needs IP addresses, not &quot;%1&quot;</source>
        <translation>--resolve braucht IP-Adressen, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>Diagnostician</name>
    <message>
        <location filename="../core/assess/Diagnostician.cpp" line="+210"/>
        <source>No secure outgoing server (SMTP) was found, so no complete setting can be recommended. The other findings say why.</source>
        <translation>Es wurde kein sicherer Ausgangsserver (SMTP) gefunden, daher kann keine vollständige Einstellung empfohlen werden. Die übrigen Befunde sagen, warum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No secure incoming server (IMAP or POP3) was found, so no complete setting can be recommended. The other findings say why.</source>
        <translation>Es wurde kein sicherer Eingangsserver (IMAP oder POP3) gefunden, daher kann keine vollständige Einstellung empfohlen werden. Die übrigen Befunde sagen, warum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server offered a verified, encrypted connection, and Mailscout recommends nothing less. The other findings say why.</source>
        <translation>Kein Server bot eine geprüfte, verschlüsselte Verbindung an, und Mailscout empfiehlt nichts Geringeres. Die übrigen Befunde sagen, warum.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 refused the login with the user name &quot;%2&quot;. Check the password and the user name. If your account uses two-step verification, the provider probably wants an app password for mail programs.</source>
        <translation>%1 hat die Anmeldung mit dem Benutzernamen „%2“ abgelehnt. Prüfen Sie Passwort und Benutzernamen. Wenn Ihr Konto die Bestätigung in zwei Schritten nutzt, verlangt der Anbieter für Mailprogramme wahrscheinlich ein App-Passwort.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The provider accepts only OAuth2 sign-in on %1: a password login fails however correct the password is. Use a mail program that signs in with OAuth2 (through the provider&apos;s web page), or create an app password if the provider offers them.</source>
        <translation>Der Anbieter akzeptiert auf %1 nur die Anmeldung mit OAuth2: Eine Anmeldung mit Passwort scheitert, so richtig das Passwort auch ist. Verwenden Sie ein Mailprogramm, das sich mit OAuth2 anmeldet (über die Webseite des Anbieters), oder erstellen Sie ein App-Passwort, falls der Anbieter das anbietet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Port 25 of %1 does not answer while the submission ports work: your Internet provider or network blocks outgoing port 25, as many do against spam. Nothing to fix: send through port 587 or 465.</source>
        <translation>Port 25 von %1 antwortet nicht, während die Einlieferungsports funktionieren: Ihr Internetanbieter oder Netzwerk sperrt ausgehenden Port 25, wie viele es gegen Spam tun. Nichts zu beheben: Senden Sie über Port 587 oder 465.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 can be used only without encryption: your password and mail would cross the network readable. Mailscout does not recommend that; ask the provider for encrypted access (TLS).</source>
        <translation>%1 ist nur ohne Verschlüsselung nutzbar: Ihr Passwort und Ihre Mails würden lesbar durchs Netz gehen. Mailscout empfiehlt das nicht; bitten Sie den Anbieter um verschlüsselten Zugang (TLS).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 lists %2, but the server disagrees: %3 That source&apos;s data is out of date: trust what the servers really do.</source>
        <translation>%1 nennt %2, aber der Server widerspricht: %3 Die Daten dieser Quelle sind veraltet: Vertrauen Sie dem, was die Server wirklich tun.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The domain&apos;s DNS records point to %1, outside your e-mail domain. DNS answers can be forged, so these servers are not trusted automatically: confirm that they belong to your provider before you use them.</source>
        <translation>Die DNS-Einträge der Domain zeigen auf %1, außerhalb Ihrer E-Mail-Domain. DNS-Antworten können gefälscht werden, daher wird diesen Servern nicht automatisch vertraut: Vergewissern Sie sich, dass sie zu Ihrem Anbieter gehören, bevor Sie sie verwenden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The domain&apos;s autoconfig file was found only over unencrypted HTTP, where anyone on the way could have changed it, so the servers it names are not trusted automatically. Domain administrators: publish it over HTTPS.</source>
        <translation>Die Autoconfig-Datei der Domain wurde nur über unverschlüsseltes HTTP gefunden, wo jeder auf dem Weg sie hätte ändern können, daher wird den darin genannten Servern nicht automatisch vertraut. Domain-Administratoren: Veröffentlichen Sie sie über HTTPS.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Security alert: on %1 someone inserted data into the connection before encryption started (STARTTLS injection). The network between you and the server, or the server itself, may be tampered with. Do not use these ports: use implicit TLS (993, 995, 465) and tell your network administrator.</source>
        <translation>Sicherheitswarnung: Auf %1 hat jemand Daten in die Verbindung eingeschleust, bevor die Verschlüsselung begann (STARTTLS-Injection). Das Netzwerk zwischen Ihnen und dem Server oder der Server selbst könnte manipuliert sein. Verwenden Sie diese Ports nicht: Nutzen Sie implizites TLS (993, 995, 465) und informieren Sie Ihren Netzwerkadministrator.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No port of %1 answered (%2): a firewall drops the connections, or the server is down. Try from another network, or ask the network&apos;s administrator whether these ports are blocked.</source>
        <translation>Kein Port von %1 hat geantwortet (%2): Eine Firewall verwirft die Verbindungen, oder der Server ist nicht erreichbar. Versuchen Sie es aus einem anderen Netzwerk oder fragen Sie den Administrator des Netzwerks, ob diese Ports gesperrt sind.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not offer STARTTLS on port %2: the connection would stay unencrypted, so it is not used. Use implicit TLS (ports 993, 995, 465) if the server has it, or ask the provider to enable STARTTLS.</source>
        <translation>%1 bietet auf Port %2 kein STARTTLS an: Die Verbindung bliebe unverschlüsselt, daher wird sie nicht verwendet. Nutzen Sie implizites TLS (Ports 993, 995, 465), falls der Server es hat, oder bitten Sie den Anbieter, STARTTLS zu aktivieren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 offers only TLS 1.0 or 1.1, which are no longer secure (RFC 8996), so it is not used. Ask the provider to enable TLS 1.2 or 1.3.</source>
        <translation>%1 bietet nur TLS 1.0 oder 1.1 an, die nicht mehr sicher sind (RFC 8996), daher wird es nicht verwendet. Bitten Sie den Anbieter, TLS 1.2 oder 1.3 zu aktivieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The certificate of %1 has expired. The server&apos;s administrator must renew it; until then the connection cannot be verified.</source>
        <translation>Das Zertifikat von %1 ist abgelaufen. Der Administrator des Servers muss es erneuern; bis dahin kann die Verbindung nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate of %1 expired on %2. The server&apos;s administrator must renew it; until then the connection cannot be verified.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen. Der Administrator des Servers muss es erneuern; bis dahin kann die Verbindung nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate of %1 is for another name: the certificate is wrong or someone is intercepting the connection. Ask the provider for the right server name.</source>
        <translation>Das Zertifikat von %1 gilt für einen anderen Namen: Das Zertifikat ist falsch, oder jemand fängt die Verbindung ab. Fragen Sie den Anbieter nach dem richtigen Servernamen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate of %1 is for %2, not for that name. If your provider&apos;s server goes by one of those names, use it instead; otherwise the certificate is wrong or someone is intercepting the connection.</source>
        <translation>Das Zertifikat von %1 gilt für %2, nicht für diesen Namen. Wenn der Server Ihres Anbieters unter einem dieser Namen läuft, verwenden Sie diesen; andernfalls ist das Zertifikat falsch, oder jemand fängt die Verbindung ab.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 presents a self-signed certificate that nobody vouches for. Accept it only if your administrator confirms its fingerprint.</source>
        <translation>%1 legt ein selbst signiertes Zertifikat vor, für das niemand bürgt. Akzeptieren Sie es nur, wenn Ihr Administrator seinen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 presents a self-signed certificate (for %2) that nobody vouches for. Accept it only if its fingerprint %3 matches the one your administrator gives you.</source>
        <translation>%1 legt ein selbst signiertes Zertifikat (für %2) vor, für das niemand bürgt. Akzeptieren Sie es nur, wenn sein Fingerabdruck %3 mit dem übereinstimmt, den Ihr Administrator Ihnen nennt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate of %1 is not trusted on this computer. If your organisation runs its own certificate authority, install its certificate; otherwise ask the administrator.</source>
        <translation>Dem Zertifikat von %1 wird auf diesem Computer nicht vertraut. Wenn Ihre Organisation eine eigene Zertifizierungsstelle betreibt, installieren Sie deren Zertifikat; andernfalls fragen Sie den Administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate of %1 (for %2, issued by %3) is not trusted on this computer. If your organisation runs its own certificate authority, install its certificate; otherwise ask the administrator.</source>
        <translation>Dem Zertifikat von %1 (für %2, ausgestellt von %3) wird auf diesem Computer nicht vertraut. Wenn Ihre Organisation eine eigene Zertifizierungsstelle betreibt, installieren Sie deren Zertifikat; andernfalls fragen Sie den Administrator.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 with implicit TLS</source>
        <translation>%1 mit implizitem TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 with STARTTLS</source>
        <translation>%1 mit STARTTLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 without encryption</source>
        <translation>%1 ohne Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message>
        <location filename="../app/cli/DiscoverCommand.cpp" line="+54"/>
        <source>Find, check and rank the servers for an address, a domain or a host.</source>
        <translation>Die Server für eine Adresse, eine Domain oder einen Host finden, prüfen und bewerten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give exactly one ADDRESS (an e-mail address, a domain or a host)</source>
        <translation>Geben Sie genau eine ADRESSE an (eine E-Mail-Adresse, eine Domain oder einen Host)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not usable: %2</source>
        <translation>„%1“ ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--ispdb-url needs an http:// or https:// URL</source>
        <translation>--ispdb-url braucht eine http://- oder https://-URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--autoconfig-url needs an http:// or https:// URL</source>
        <translation>--autoconfig-url braucht eine http://- oder https://-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--dns-server needs an IP address, not &quot;%1&quot;</source>
        <translation>--dns-server braucht eine IP-Adresse, nicht „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no PEM certificate in &quot;%1&quot;</source>
        <translation>kein PEM-Zertifikat in „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout must be a number of seconds above 0</source>
        <translation>--timeout muss eine Anzahl Sekunden größer als 0 sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connect-timeout must be a number of seconds above 0</source>
        <translation>--connect-timeout muss eine Anzahl Sekunden größer als 0 sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An e-mail address, a domain, or a host[:port].</source>
        <translation>Eine E-Mail-Adresse, eine Domain oder ein Host[:Port].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only list the candidate servers and where they came from; probe nothing.</source>
        <translation>Nur die Kandidaten-Server und ihre Herkunft auflisten; nichts prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object (schema mailscout.discovery/1, or mailscout.candidates/1 with --list-candidates).</source>
        <translation>Ein JSON-Objekt ausgeben (Schema mailscout.discovery/1, oder mailscout.candidates/1 mit --list-candidates).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the login of the recommended servers with the password on the first line of standard input.</source>
        <translation>Die Anmeldung an den empfohlenen Servern mit dem Passwort aus der ersten Zeile der Standardeingabe überprüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming protocol to prefer: imap (default) or pop3.</source>
        <translation>Bevorzugtes Eingangsprotokoll: imap (Standard) oder pop3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also export the recommended configuration in this format (see export --list-formats).</source>
        <translation>Die empfohlene Konfiguration zusätzlich in diesem Format exportieren (siehe export --list-formats).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --export: write it to this file instead of standard output.</source>
        <translation>Mit --export: in diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base URL of the ISP database (default %1).</source>
        <translation>Basis-URL der ISP-Datenbank (Standard %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the domain&apos;s autoconfig document from this URL only.</source>
        <translation>Das Autoconfig-Dokument der Domain nur von dieser URL holen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask this DNS server (an IP address, port 53) for MX and SRV records.</source>
        <translation>Diesen DNS-Server (eine IP-Adresse, Port 53) nach MX- und SRV-Einträgen fragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOST1:PORT1:HOST2:PORT2 — connect there instead, as curl does (repeatable).</source>
        <translation>HOST1:PORT1:HOST2:PORT2 — stattdessen dorthin verbinden, wie curl es tut (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOST:PORT:ADDRESS — use this address for HOST, as curl does (repeatable).</source>
        <translation>HOST:PORT:ADRESSE — diese Adresse für HOST verwenden, wie curl es tut (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the CA certificates in this PEM file (repeatable).</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use only the bundled provider data and the given host: no network at all.</source>
        <translation>Nur die mitgelieferten Anbieterdaten und den angegebenen Host verwenden: überhaupt kein Netzwerk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not guess server names from the domain.</source>
        <translation>Keine Servernamen aus der Domain raten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds each source may take (default 15).</source>
        <translation>Sekunden, die jede Quelle brauchen darf (Standard 15).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds a connection may take before its port counts as filtered for good (default 10). A port silent far longer than the server&apos;s round-trip time is reported filtered (likely) sooner; the wait goes on in the background and a late answer revises the result.</source>
        <translation>Sekunden, die eine Verbindung brauchen darf, bevor ihr Port endgültig als gefiltert gilt (Standard 10). Ein Port, der weit länger als die Umlaufzeit des Servers schweigt, wird schon früher als wahrscheinlich gefiltert gemeldet; im Hintergrund wird weiter gewartet, und eine späte Antwort korrigiert das Ergebnis.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--protocol takes imap or pop3, not &quot;%1&quot;</source>
        <translation>--protocol nimmt imap oder pop3, nicht „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown export format &quot;%1&quot;; see export --list-formats</source>
        <translation>unbekanntes Exportformat „%1“; siehe export --list-formats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--export needs -o FILE (standard output carries the results)</source>
        <translation>--export braucht -o DATEI (die Standardausgabe enthält die Ergebnisse)</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n candidate(s):</source>
        <translation>
            <numerusform>%n Kandidat:</numerusform>
            <numerusform>%n Kandidaten:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT trusted</source>
        <translation>NICHT vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>user name: %1; authentication: %2</source>
        <translation>Benutzername: %1; Authentifizierung: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1 candidate(s), %2 checked, %3 running, %4 s</source>
        <translation>
            <numerusform>%1 Kandidat, %2 geprüft, %3 laufen, %4 s</numerusform>
            <numerusform>%1 Kandidaten, %2 geprüft, %3 laufen, %4 s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The answer is certain; waiting for the remaining checks.</source>
        <translation>Die Antwort steht fest; warte auf die übrigen Prüfungen.</translation>
    </message>
</context>
<context>
    <name>DiscoveryDocument</name>
    <message>
        <location filename="../core/report/DiscoveryDocument.cpp" line="+174"/>
        <source>This is not a discovery result (schema %1).</source>
        <translation>Dies ist kein Discovery-Ergebnis (Schema %1).</translation>
    </message>
</context>
<context>
    <name>DiscoverySummary</name>
    <message>
        <location filename="../core/report/DiscoverySummary.cpp" line="+18"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (unencrypted)</source>
        <translation>keine (unverschlüsselt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Protocol:  %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:    %1</source>
        <translation>Server:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:      %1</source>
        <translation>Port:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:  %1</source>
        <translation>Sicherheit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username:  %1</source>
        <translation>Benutzername: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login:     %1</source>
        <translation>Anmeldung: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OAuth2 (sign in through the provider)</source>
        <translation>OAuth2 (Anmeldung über den Anbieter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>normal password</source>
        <translation>normales Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login was verified on this server.</source>
        <translation>Ihre Anmeldung wurde auf diesem Server überprüft.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>starttls</source>
        <translation>starttls</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>secure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>insecure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>filtered?</source>
        <translation>gefiltert?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cert</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no-tls</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No secure configuration was found for %1.</source>
        <translation>Für %1 wurde keine sichere Konfiguration gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended settings for %1</source>
        <translation>Empfohlene Einstellungen für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming mail</source>
        <translation>Eingehende Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing mail</source>
        <translation>Ausgehende Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This provider requires OAuth2 sign-in (or an app password).</source>
        <translation>Dieser Anbieter verlangt die Anmeldung mit OAuth2 (oder ein App-Passwort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alternatives:</source>
        <translation>Alternativen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnosis:</source>
        <translation>Diagnose:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revised after a late answer:</source>
        <translation>Nach einer späten Antwort korrigiert:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ports checked:</source>
        <translation>Geprüfte Ports:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settled after %1 ms, finished after %2 ms.</source>
        <translation>Antwort stand nach %1 ms fest, fertig nach %2 ms.</translation>
    </message>
</context>
<context>
    <name>DnsAnswer</name>
    <message>
        <location filename="../core/discovery/DnsResolver.cpp" line="+8"/>
        <source>%1 has no such record.</source>
        <translation>%1 hat keinen solchen Eintrag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The DNS lookup of %1 failed: %2</source>
        <translation>Die DNS-Abfrage von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>DnsMessage</name>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="+33"/>
        <source>the answer is not a DNS message</source>
        <translation>die Antwort ist keine DNS-Nachricht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the answer is cut short or malformed</source>
        <translation>die Antwort ist abgeschnitten oder fehlerhaft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a record is too short for its type</source>
        <translation>ein Eintrag ist für seinen Typ zu kurz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a record names no valid host</source>
        <translation>ein Eintrag nennt keinen gültigen Host</translation>
    </message>
    <message>
        <location filename="../core/discovery/SystemDnsResolver.cpp" line="+64"/>
        <source>the system&apos;s resolver configuration cannot be read</source>
        <translation>die Resolver-Konfiguration des Systems kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no DNS server answered, or it failed (SERVFAIL)</source>
        <translation>kein DNS-Server hat geantwortet, oder er ist gescheitert (SERVFAIL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the DNS server refused the query or did not understand it</source>
        <translation>der DNS-Server hat die Anfrage abgelehnt oder nicht verstanden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not a name DNS can look up</source>
        <translation>kein Name, den DNS nachschlagen kann</translation>
    </message>
</context>
<context>
    <name>DnsZoneExporter</name>
    <message>
        <location filename="../core/export/DnsZoneExporter.cpp" line="+36"/>
        <source>DNS SRV records</source>
        <translation>DNS-SRV-Einträge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RFC 6186/8314 SRV records for the zone file (publish the thunderbird export beside them)</source>
        <translation>SRV-Einträge nach RFC 6186/8314 für die Zonendatei (den Thunderbird-Export daneben veröffentlichen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An SRV record must name a host, not the address %1.</source>
        <translation>Ein SRV-Eintrag muss einen Host nennen, nicht die Adresse %1.</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <location filename="../core/discovery/EmailAddress.cpp" line="+466"/>
        <source>Enter an e-mail address, a domain or a server name.</source>
        <translation>Geben Sie eine E-Mail-Adresse, eine Domain oder einen Servernamen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address is too long: an e-mail address has at most 254 characters.</source>
        <translation>Die Adresse ist zu lang: Eine E-Mail-Adresse hat höchstens 254 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address contains a space.</source>
        <translation>Die Adresse enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address has no @: enter it as name@example.com.</source>
        <translation>Der Adresse fehlt das @: Geben Sie sie als name@example.com ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address contains more than one @.</source>
        <translation>Die Adresse enthält mehr als ein @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing before the @.</source>
        <translation>Vor dem @ steht nichts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part before the @ is too long: it has at most 64 characters.</source>
        <translation>Der Teil vor dem @ ist zu lang: Er hat höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part before the @ cannot start or end with a dot or contain two dots in a row.</source>
        <translation>Der Teil vor dem @ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part before the @ contains a character that is not allowed there.</source>
        <translation>Der Teil vor dem @ enthält ein Zeichen, das dort nicht erlaubt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quotation mark in the address is not closed.</source>
        <translation>Ein Anführungszeichen in der Adresse ist nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bracket in the address is not closed.</source>
        <translation>Eine Klammer in der Adresse ist nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no domain after the @.</source>
        <translation>Nach dem @ steht keine Domain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain has no dot: enter the full domain, such as example.com.</source>
        <translation>Die Domain hat keinen Punkt: Geben Sie die vollständige Domain ein, etwa example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain contains two dots in a row or starts with a dot.</source>
        <translation>Die Domain enthält zwei Punkte hintereinander oder beginnt mit einem Punkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A part of the domain between two dots is longer than 63 characters.</source>
        <translation>Ein Teil der Domain zwischen zwei Punkten ist länger als 63 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain is longer than 253 characters.</source>
        <translation>Die Domain ist länger als 253 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A part of the domain starts or ends with a hyphen.</source>
        <translation>Ein Teil der Domain beginnt oder endet mit einem Bindestrich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain contains a character that is not allowed in domain names.</source>
        <translation>Die Domain enthält ein Zeichen, das in Domainnamen nicht erlaubt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain is not a valid internationalized domain name.</source>
        <translation>Die Domain ist kein gültiger internationalisierter Domainname.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain ends in a number, so it is neither a domain name nor an IP address.</source>
        <translation>Die Domain endet auf eine Zahl, ist also weder ein Domainname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address names an IP address instead of a domain, so there is no provider to discover.</source>
        <translation>Die Adresse nennt eine IP-Adresse statt einer Domain, daher gibt es keinen Anbieter zu ermitteln.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid IP address.</source>
        <translation>Dies ist keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-mail address has no port: enter the server and port separately.</source>
        <translation>Eine E-Mail-Adresse hat keinen Port: Geben Sie Server und Port getrennt ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be a number.</source>
        <translation>Der Port muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+47"/>
        <source>Write a configuration found by discover for a mail client (Thunderbird, Outlook, Apple, ...).</source>
        <translation>Eine von discover gefundene Konfiguration für ein Mailprogramm schreiben (Thunderbird, Outlook, Apple, ...).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not write to standard output</source>
        <translation>konnte nicht auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot set the permissions of &quot;%1&quot;: %2</source>
        <translation>die Berechtigungen von „%1“ können nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The export format (see --list-formats).</source>
        <translation>Das Exportformat (siehe --list-formats).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The result of &quot;mailscout-cli discover --json&quot;.</source>
        <translation>Das Ergebnis von „mailscout-cli discover --json“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the configuration with this rank (default 1, the recommended one).</source>
        <translation>Die Konfiguration mit diesem Rang exportieren (Standard 1, die empfohlene).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to this file (with the permissions the client needs) instead of standard output.</source>
        <translation>In diese Datei schreiben (mit den Berechtigungen, die das Programm braucht) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your full name, for the From: line.</source>
        <translation>Ihr vollständiger Name, für die From:-Zeile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the mail program calls the account.</source>
        <translation>Wie das Mailprogramm das Konto nennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PEM file of CA certificates the client should trust.</source>
        <translation>Eine PEM-Datei mit CA-Zertifikaten, denen das Programm vertrauen soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the Apple profile with this certificate (PEM).</source>
        <translation>Das Apple-Profil mit diesem Zertifikat (PEM) signieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate&apos;s private key (PEM); an encrypted one is read with the passphrase in MAILSCOUT_SIGNING_KEY_PASSPHRASE.</source>
        <translation>Der private Schlüssel des Zertifikats (PEM); ein verschlüsselter wird mit der Passphrase aus MAILSCOUT_SIGNING_KEY_PASSPHRASE gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the export formats and exit.</source>
        <translation>Die Exportformate auflisten und beenden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format is required (see --list-formats)</source>
        <translation>--format ist erforderlich (siehe --list-formats)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown format &quot;%1&quot; (see --list-formats)</source>
        <translation>unbekanntes Format „%1“ (siehe --list-formats)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--from RESULT.json is required</source>
        <translation>--from ERGEBNIS.json ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--configuration must be a number from 1 up</source>
        <translation>--configuration muss eine Zahl ab 1 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sign-cert and --sign-key go together</source>
        <translation>--sign-cert und --sign-key gehören zusammen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA file &quot;%1&quot; does not exist</source>
        <translation>CA-Datei „%1“ existiert nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is too large for a discovery result</source>
        <translation>„%1“ ist zu groß für ein Discovery-Ergebnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a JSON object: %2</source>
        <translation>„%1“ ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a discovery result (schema mailscout.discovery/1)</source>
        <translation>„%1“ ist kein Discovery-Ergebnis (Schema mailscout.discovery/1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the discovery result names no address</source>
        <translation>das Discovery-Ergebnis nennt keine Adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>configurations[%1].%2</source>
        <translation>configurations[%1].%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the discovery result has no configuration to export</source>
        <translation>das Discovery-Ergebnis enthält keine Konfiguration zum Exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no configuration has rank %1 (ranks %2 to %3)</source>
        <translation>keine Konfiguration hat Rang %1 (Ränge %2 bis %3)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../core/export/Exporter.cpp" line="+52"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is neither an e-mail address nor a domain.</source>
        <translation>„%1“ ist weder eine E-Mail-Adresse noch eine Domain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A name or path contains a line break or another control character.</source>
        <translation>Ein Name oder Pfad enthält einen Zeilenumbruch oder ein anderes Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This format needs the whole discovery result (mailscout.discovery/1), not only a configuration.</source>
        <translation>Dieses Format braucht das gesamte Discovery-Ergebnis (mailscout.discovery/1), nicht nur eine Konfiguration.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The incoming server must use IMAP or POP3 and the outgoing server SMTP.</source>
        <translation>Der Eingangsserver muss IMAP oder POP3 verwenden und der Ausgangsserver SMTP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>„%1“ ist kein gültiger Servername.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port of %1 is missing.</source>
        <translation>Der Port von %1 fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name contains a line break or another control character.</source>
        <translation>Ein Benutzername enthält einen Zeilenumbruch oder ein anderes Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not encrypted: Mailscout does not export a configuration that would send the password in plain text.</source>
        <translation>%1 ist nicht verschlüsselt: Mailscout exportiert keine Konfiguration, die das Passwort im Klartext senden würde.</translation>
    </message>
</context>
<context>
    <name>FetchmailExporter</name>
    <message>
        <location filename="../core/export/FetchmailExporter.cpp" line="+12"/>
        <source>fetchmail</source>
        <translation>fetchmail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fetchmailrc poll entry (file mode 0600); fetchmail asks for the password or reads ~/.netrc</source>
        <translation>fetchmailrc-Poll-Eintrag (Dateimodus 0600); fetchmail fragt nach dem Passwort oder liest ~/.netrc</translation>
    </message>
</context>
<context>
    <name>HelpdeskReport</name>
    <message>
        <location filename="../core/export/HelpdeskReport.cpp" line="+76"/>
        <source>normal password</source>
        <translation>normales Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted password (CRAM-MD5)</source>
        <translation>verschlüsseltes Passwort (CRAM-MD5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 (sign in through the provider&apos;s web page)</source>
        <translation>OAuth2 (Anmeldung über die Webseite des Anbieters)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report made</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check took</source>
        <translation>Die Prüfung dauerte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer certain after</source>
        <translation>Antwort stand fest nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms: %2</source>
        <translation>%1 ms: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check was cancelled before it finished: the results are incomplete.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor sie fertig war: Die Ergebnisse sind unvollständig.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+30"/>
        <source>Incoming mail</source>
        <translation>Eingehende Mail</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Outgoing mail</source>
        <translation>Ausgehende Mail</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login verified</source>
        <translation>Anmeldung überprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This provider requires OAuth2 or an app password: a normal password will be refused.</source>
        <translation>Dieser Anbieter verlangt OAuth2 oder ein App-Passwort: Ein normales Passwort wird abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why these settings:</source>
        <translation>Warum diese Einstellungen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good to know:</source>
        <translation>Gut zu wissen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no alternatives.</source>
        <translation>Es gibt keine Alternativen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing wrong was found.</source>
        <translation>Es wurde nichts Falsches gefunden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No port was checked.</source>
        <translation>Es wurde kein Port geprüft.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each cell says in words how the port answered; the colour only repeats it: green works securely, yellow answers but not safely, red does not work.</source>
        <translation>Jede Zelle sagt in Worten, wie der Port geantwortet hat; die Farbe wiederholt es nur: Grün funktioniert sicher, Gelb antwortet, aber nicht sicher, Rot funktioniert nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the settings came from</source>
        <translation>Woher die Einstellungen stammen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mail server report for %1</source>
        <translation>Mailserver-Bericht für %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommended settings</source>
        <translation>Empfohlene Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure configuration was found: see the diagnosis and the port matrix.</source>
        <translation>Es wurde keine sichere Konfiguration gefunden: siehe Diagnose und Port-Matrix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is not part of this report: the user types it into the mail program.</source>
        <translation>Das Passwort ist nicht Teil dieses Berichts: Der Benutzer tippt es in das Mailprogramm ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port matrix</source>
        <translation>Port-Matrix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every check in detail</source>
        <translation>Jede Prüfung im Detail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made by Mailscout. Transcripts show &lt;redacted&gt; where a credential was sent; no password is part of this report.</source>
        <translation>Erstellt von Mailscout. Protokolle zeigen &lt;redacted&gt;, wo Zugangsdaten gesendet wurden; kein Passwort ist Teil dieses Berichts.</translation>
    </message>
</context>
<context>
    <name>HostTrust</name>
    <message>
        <location filename="../core/discovery/HostTrust.cpp" line="+19"/>
        <source>%1 came from %2, which is not authenticated, but lies within the e-mail domain %3.</source>
        <translation>%1 stammt von %2, das nicht authentifiziert ist, liegt aber innerhalb der E-Mail-Domain %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 came from %2, which is not authenticated, and lies outside the e-mail domain %3: confirm the server before trusting its certificate.</source>
        <translation>%1 stammt von %2, das nicht authentifiziert ist, und liegt außerhalb der E-Mail-Domain %3: Bestätigen Sie den Server, bevor Sie seinem Zertifikat vertrauen.</translation>
    </message>
</context>
<context>
    <name>HtmlSheetExporter</name>
    <message>
        <location filename="../core/export/HtmlSheetExporter.cpp" line="+29"/>
        <source>Settings sheet (HTML)</source>
        <translation>Einstellungsblatt (HTML)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTML settings sheet a person can read and type from: recommended settings and alternatives</source>
        <translation>HTML-Einstellungsblatt, das ein Mensch lesen und abtippen kann: empfohlene Einstellungen und Alternativen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS (von Anfang an verschlüsselt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (encryption switched on after connecting)</source>
        <translation>STARTTLS (Verschlüsselung nach dem Verbinden eingeschaltet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Normal password</source>
        <translation>Normales Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted password (CRAM-MD5)</source>
        <translation>Verschlüsseltes Passwort (CRAM-MD5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 (sign in through the provider&apos;s web page)</source>
        <translation>OAuth2 (Anmeldung über die Webseite des Anbieters)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outgoing (SMTP)</source>
        <translation>Ausgehend (SMTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming (%1)</source>
        <translation>Eingehend (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mail settings for %1</source>
        <translation>Mail-Einstellungen für %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended settings</source>
        <translation>Empfohlene Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your password is not part of this sheet: type it into the mail program yourself.</source>
        <translation>Ihr Passwort ist nicht Teil dieses Blatts: Tippen Sie es selbst in das Mailprogramm ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This provider requires OAuth2 or an app password: a normal password will be refused.</source>
        <translation>Dieser Anbieter verlangt OAuth2 oder ein App-Passwort: Ein normales Passwort wird abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why these settings</source>
        <translation>Warum diese Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alternatives, if the recommended settings do not work</source>
        <translation>Alternativen, falls die empfohlenen Einstellungen nicht funktionieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found and checked by Mailscout.</source>
        <translation>Von Mailscout gefunden und geprüft.</translation>
    </message>
</context>
<context>
    <name>ImapDialog</name>
    <message>
        <location filename="../core/probe/ImapDialog.cpp" line="+84"/>
        <source>The server says: %1</source>
        <translation>Der Server sagt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server asked for data nobody announced.</source>
        <translation>Der Server hat Daten verlangt, die niemand angekündigt hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server closed the session: %1</source>
        <translation>Der Server hat die Sitzung beendet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered a command that was never sent.</source>
        <translation>Der Server hat auf einen Befehl geantwortet, der nie gesendet wurde.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server refuses connections: %1</source>
        <translation>Der Server lehnt Verbindungen ab: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server greeted with PREAUTH before TLS, which makes STARTTLS impossible; nothing was sent.</source>
        <translation>Der Server hat vor TLS mit PREAUTH begrüßt, was STARTTLS unmöglich macht; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server logs everyone in without a password (PREAUTH).</source>
        <translation>Der Server meldet jeden ohne Passwort an (PREAUTH).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server refused CAPABILITY: %1</source>
        <translation>Der Server hat CAPABILITY abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not list its capabilities.</source>
        <translation>Der Server hat seine Fähigkeiten nicht aufgelistet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server advertised STARTTLS but refused it: %1</source>
        <translation>Der Server hat STARTTLS angekündigt, aber abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server does not offer STARTTLS.</source>
        <translation>Der Server bietet kein STARTTLS an.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not attempted: the server logged us in without a password (PREAUTH).</source>
        <translation>Nicht versucht: Der Server hat uns ohne Passwort angemeldet (PREAUTH).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not attempted: the server disabled LOGIN here.</source>
        <translation>Nicht versucht: Der Server hat LOGIN hier deaktiviert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not attempted: this user name or password needs SASL, which the server does not offer.</source>
        <translation>Nicht versucht: Dieser Benutzername oder dieses Passwort erfordert SASL, das der Server nicht anbietet.</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <location filename="../core/export/JsonExporter.cpp" line="+12"/>
        <source>Discovery result (JSON)</source>
        <translation>Discovery-Ergebnis (JSON)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The whole run as JSON (mailscout.discovery/1): candidates, probes, configurations, diagnosis</source>
        <translation>Der gesamte Lauf als JSON (mailscout.discovery/1): Kandidaten, Prüfungen, Konfigurationen, Diagnose</translation>
    </message>
</context>
<context>
    <name>K9Exporter</name>
    <message>
        <location filename="../core/export/K9Exporter.cpp" line="+49"/>
        <source>K-9 Mail / Thunderbird for Android</source>
        <translation>K-9 Mail / Thunderbird für Android</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>K-9 Mail / Thunderbird for Android settings file (.k9s), one account, no password</source>
        <translation>Einstellungsdatei für K-9 Mail / Thunderbird für Android (.k9s), ein Konto, kein Passwort</translation>
    </message>
</context>
<context>
    <name>MbsyncExporter</name>
    <message>
        <location filename="../core/export/MbsyncExporter.cpp" line="+12"/>
        <source>mbsync (isync)</source>
        <translation>mbsync (isync)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mbsyncrc for isync/mbsync 1.4 and 1.5: the IMAP account mirrored to a local Maildir</source>
        <translation>mbsyncrc für isync/mbsync 1.4 und 1.5: das IMAP-Konto gespiegelt in ein lokales Maildir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mbsync only speaks IMAP; this configuration fetches mail with POP3.</source>
        <translation>mbsync spricht nur IMAP; diese Konfiguration holt Mails mit POP3.</translation>
    </message>
</context>
<context>
    <name>MsmtpExporter</name>
    <message>
        <location filename="../core/export/MsmtpExporter.cpp" line="+12"/>
        <source>msmtp</source>
        <translation>msmtp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>msmtprc for msmtp, the sendmail replacement (file mode 0600)</source>
        <translation>msmtprc für msmtp, den sendmail-Ersatz (Dateimodus 0600)</translation>
    </message>
</context>
<context>
    <name>NeomuttExporter</name>
    <message>
        <location filename="../core/export/NeomuttExporter.cpp" line="+47"/>
        <source>NeoMutt</source>
        <translation>NeoMutt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NeoMutt configuration fragment to source from neomuttrc (password by command)</source>
        <translation>NeoMutt-Konfigurationsfragment zum Einbinden aus neomuttrc (Passwort per Befehl)</translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <location filename="../ui/OutcomeStyle.cpp" line="+44"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>insecure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filtered?</source>
        <translation>gefiltert?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No source named this port, so it was not checked.</source>
        <translation>Keine Quelle hat diesen Port genannt, daher wurde er nicht geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be checked.</source>
        <translation>Wartet auf die Prüfung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being checked now.</source>
        <translation>Wird gerade geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works, encrypted from the first byte with a trusted certificate.</source>
        <translation>Funktioniert, verschlüsselt vom ersten Byte an, mit vertrauenswürdigem Zertifikat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works, encrypted, with a certificate you accepted for this server.</source>
        <translation>Funktioniert, verschlüsselt, mit einem Zertifikat, das Sie für diesen Server akzeptiert haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works, encrypted after STARTTLS with a trusted certificate.</source>
        <translation>Funktioniert, verschlüsselt nach STARTTLS, mit vertrauenswürdigem Zertifikat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers, but not safely: no encryption or a deprecated protocol.</source>
        <translation>Antwortet, aber nicht sicher: keine Verschlüsselung oder ein veraltetes Protokoll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers, but its certificate cannot be trusted.</source>
        <translation>Antwortet, aber seinem Zertifikat kann nicht vertraut werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing listens here, or a firewall rejects the connection.</source>
        <translation>Hier lauscht nichts, oder eine Firewall weist die Verbindung ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer yet, long after the server answered on other ports: most likely a firewall. Mailscout keeps waiting in the background.</source>
        <translation>Noch keine Antwort, lange nachdem der Server auf anderen Ports geantwortet hat: höchstwahrscheinlich eine Firewall. Mailscout wartet im Hintergrund weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer at all: usually a firewall that drops the connection.</source>
        <translation>Überhaupt keine Antwort: meist eine Firewall, die die Verbindung verwirft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something answered, but not as a mail server should.</source>
        <translation>Etwas hat geantwortet, aber nicht so, wie ein Mailserver es sollte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was stopped before it finished.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
</context>
<context>
    <name>OutlookAutodiscoverExporter</name>
    <message>
        <location filename="../core/export/OutlookAutodiscoverExporter.cpp" line="+60"/>
        <source>Outlook Autodiscover</source>
        <translation>Outlook Autodiscover</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outlook Autodiscover (POX) response for IMAP/POP3 + SMTP, the file the outlook-reg export points at</source>
        <translation>Outlook-Autodiscover-Antwort (POX) für IMAP/POP3 + SMTP, die Datei, auf die der outlook-reg-Export verweist</translation>
    </message>
</context>
<context>
    <name>OutlookRegExporter</name>
    <message>
        <location filename="../core/export/OutlookRegExporter.cpp" line="+22"/>
        <source>Outlook registry file</source>
        <translation>Outlook-Registrierungsdatei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows .reg that makes classic Outlook (Office 16.0) read the Autodiscover export locally</source>
        <translation>Windows-.reg, mit der das klassische Outlook (Office 16.0) den Autodiscover-Export lokal liest</translation>
    </message>
</context>
<context>
    <name>ParseError</name>
    <message>
        <location filename="../core/probe/ParseError.cpp" line="+14"/>
        <source>The server sent a line longer than any mail server needs.</source>
        <translation>Der Server hat eine Zeile gesendet, die länger ist, als ein Mailserver je braucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent a reply with far too many lines.</source>
        <translation>Der Server hat eine Antwort mit viel zu vielen Zeilen gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent far more data than a mail server does.</source>
        <translation>Der Server hat weit mehr Daten gesendet, als ein Mailserver es tut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer does not follow the protocol.</source>
        <translation>Die Antwort des Servers folgt nicht dem Protokoll.</translation>
    </message>
</context>
<context>
    <name>Pop3Dialog</name>
    <message>
        <location filename="../core/probe/Pop3Dialog.cpp" line="+61"/>
        <source>The server refuses to talk: %1</source>
        <translation>Der Server verweigert die Kommunikation: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The server advertised STLS but refused it: %1</source>
        <translation>Der Server hat STLS angekündigt, aber abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server does not offer STLS.</source>
        <translation>Der Server bietet kein STLS an.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not attempted: the server offers no login method here.</source>
        <translation>Nicht versucht: Der Server bietet hier kein Anmeldeverfahren an.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="+45"/>
        <source>Check one server port: TCP, TLS or STARTTLS, capabilities, optionally a login.</source>
        <translation>Einen Server-Port prüfen: TCP, TLS oder STARTTLS, Fähigkeiten, optional eine Anmeldung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server name (or address) to check.</source>
        <translation>Der zu prüfende Servername (oder die Adresse).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smtp, imap or pop3.</source>
        <translation>smtp, imap oder pop3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The port (default: the standard port for the protocol and security).</source>
        <translation>Der Port (Standard: der Standard-Port für Protokoll und Sicherheit).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tls (implicit TLS, the default), starttls or plain.</source>
        <translation>tls (implizites TLS, der Standard), starttls oder plain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a login as this user.</source>
        <translation>Eine Anmeldung als dieser Benutzer überprüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this SASL mechanism for the login (e.g. SCRAM-SHA-256).</source>
        <translation>Diesen SASL-Mechanismus für die Anmeldung verwenden (z. B. SCRAM-SHA-256).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow sending the password over an unencrypted or unverified connection to this server.</source>
        <translation>Das Senden des Passworts über eine unverschlüsselte oder ungeprüfte Verbindung zu diesem Server erlauben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also trust the CA certificates in this PEM file (repeatable).</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST1:PORT1:HOST2:PORT2 — connect there instead, as curl does (repeatable).</source>
        <translation>HOST1:PORT1:HOST2:PORT2 — stattdessen dorthin verbinden, wie curl es tut (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT:ADDRESS — use this address for HOST, as curl does (repeatable).</source>
        <translation>HOST:PORT:ADRESSE — diese Adresse für HOST verwenden, wie curl es tut (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds to wait for a connection and for each answer (default 10).</source>
        <translation>Sekunden, die auf eine Verbindung und jede Antwort gewartet wird (Standard 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object (schema mailscout.probe/1, see docs/json.md).</source>
        <translation>Ein JSON-Objekt ausgeben (Schema mailscout.probe/1, siehe docs/json.md).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also print the dialogue with the server (passwords redacted).</source>
        <translation>Zusätzlich den Dialog mit dem Server ausgeben (Passwörter geschwärzt).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>give exactly one HOST</source>
        <translation>Geben Sie genau einen HOST an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>„%1“ ist kein gültiger Hostname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--protocol is required (smtp, imap or pop3)</source>
        <translation>--protocol ist erforderlich (smtp, imap oder pop3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown protocol &quot;%1&quot; (use smtp, imap or pop3)</source>
        <translation>unbekanntes Protokoll „%1“ (verwenden Sie smtp, imap oder pop3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown security &quot;%1&quot; (use tls, starttls or plain)</source>
        <translation>unbekannte Sicherheit „%1“ (verwenden Sie tls, starttls oder plain)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout must be a number of seconds above 0</source>
        <translation>--timeout muss eine Anzahl Sekunden größer als 0 sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA file &quot;%1&quot; does not exist</source>
        <translation>CA-Datei „%1“ existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no PEM certificate in &quot;%1&quot;</source>
        <translation>kein PEM-Zertifikat in „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--user and --password-stdin go together</source>
        <translation>--user und --password-stdin gehören zusammen</translation>
    </message>
</context>
<context>
    <name>ProbeOutcome</name>
    <message>
        <location filename="../core/model/ProbeOutcome.cpp" line="+57"/>
        <source>The server answered and works.</source>
        <translation>Der Server hat geantwortet und funktioniert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server works and accepted the login.</source>
        <translation>Der Server funktioniert und hat die Anmeldung akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server works but refused the login.</source>
        <translation>Der Server funktioniert, hat aber die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection was refused: nothing listens on this port.</source>
        <translation>Die Verbindung wurde abgewiesen: Auf diesem Port lauscht nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer in time: the port is probably blocked by a firewall or the ISP.</source>
        <translation>Keine Antwort in der Zeit: Der Port wird wahrscheinlich von einer Firewall oder dem Internetanbieter gesperrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network or host is unreachable from here.</source>
        <translation>Das Netzwerk oder der Host ist von hier aus nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server name could not be found in DNS.</source>
        <translation>Der Servername wurde im DNS nicht gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encrypted connection could not be set up.</source>
        <translation>Die verschlüsselte Verbindung konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is for another name.</source>
        <translation>Das Zertifikat des Servers gilt für einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not offer STARTTLS: the connection stays unencrypted.</source>
        <translation>Der Server bietet kein STARTTLS an: Die Verbindung bleibt unverschlüsselt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data was injected before encryption started: someone may be tampering with the connection.</source>
        <translation>Vor Beginn der Verschlüsselung wurden Daten eingeschleust: Jemand manipuliert möglicherweise die Verbindung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something else answers on this port, not the expected mail protocol.</source>
        <translation>Auf diesem Port antwortet etwas anderes, nicht das erwartete Mailprotokoll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered with an error.</source>
        <translation>Der Server hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ProbeReportSection</name>
    <message>
        <location filename="../core/export/ProbeReportSection.cpp" line="+26"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not seen</source>
        <translation>nicht gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (unencrypted)</source>
        <translation>keine (unverschlüsselt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2:%3 (%4)</source>
        <translation>%1 %2:%3 (%4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>works, login accepted</source>
        <translation>funktioniert, Anmeldung akzeptiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>works, but the login was refused</source>
        <translation>funktioniert, aber die Anmeldung wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection refused</source>
        <translation>Verbindung abgewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time (filtered?)</source>
        <translation>keine Antwort in der Zeit (gefiltert?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network or host unreachable</source>
        <translation>Netzwerk oder Host nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name not found in DNS</source>
        <translation>Name im DNS nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS could not be set up</source>
        <translation>TLS konnte nicht aufgebaut werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate for another name</source>
        <translation>Zertifikat für einen anderen Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate expired</source>
        <translation>Zertifikat abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS nicht angeboten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS injection attack detected</source>
        <translation>STARTTLS-Injection-Angriff erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another service answers</source>
        <translation>ein anderer Dienst antwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>secure (STARTTLS)</source>
        <translation>sicher (STARTTLS)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>secure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unencrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad certificate</source>
        <translation>fehlerhaftes Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no STARTTLS</source>
        <translation>kein STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+124"/>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ATTACK</source>
        <translation>ANGRIFF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate subject</source>
        <translation>Zertifikatsinhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names (SANs)</source>
        <translation>Namen (SANs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 bits, signed with %3</source>
        <translation>%1, %2 Bit, signiert mit %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+104"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name matches</source>
        <translation>Name passt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted by the user</source>
        <translation>Vom Benutzer akzeptiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate errors</source>
        <translation>Zertifikatsfehler</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+27"/>
        <location line="+49"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not established</source>
        <translation>nicht aufgebaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outdated TLS</source>
        <translation>Veraltetes TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The server speaks only TLS 1.0/1.1 (RFC 8996).</source>
        <translation>Der Server spricht nur TLS 1.0/1.1 (RFC 8996).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handshake error</source>
        <translation>Handshake-Fehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none received</source>
        <translation>keines erhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chain %1</source>
        <translation>Kette %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, issued by %2, SHA-256 %3</source>
        <translation>%1, ausgestellt von %2, SHA-256 %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 ms</source>
        <translation>%1 %2 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No transcript: nothing was exchanged.</source>
        <translation>Kein Protokoll: Es wurde nichts ausgetauscht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The transcript was cut off at its limit.</source>
        <translation>Das Protokoll wurde an seiner Grenze abgeschnitten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not attempted</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities before TLS</source>
        <translation>Fähigkeiten vor TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities after TLS</source>
        <translation>Fähigkeiten nach TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login methods</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with %2: %3</source>
        <translation>%1 mit %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timings</source>
        <translation>Zeitmessungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check did:</source>
        <translation>Was die Prüfung getan hat:</translation>
    </message>
</context>
<context>
    <name>ProbeSummary</name>
    <message>
        <location filename="../core/report/ProbeSummary.cpp" line="+20"/>
        <source>works, secure</source>
        <translation>funktioniert, sicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>works, NOT secure</source>
        <translation>funktioniert, NICHT sicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not work</source>
        <translation>funktioniert nicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 port %3 (%4): %5</source>
        <translation>%1 %2 Port %3 (%4): %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trusted, name matches</source>
        <translation>vertrauenswürdig, Name passt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, issued by %2, valid until %3 (%4)</source>
        <translation>%1, ausgestellt von %2, gültig bis %3 (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login methods</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>accepted (%1)</source>
        <translation>akzeptiert (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused (%1)</source>
        <translation>abgelehnt (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dns</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tls</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 ms</source>
        <translation>%1 %2 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timings</source>
        <translation>Zeitmessungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ProfileSigner</name>
    <message>
        <location filename="../core/export/ProfileSigner.cpp" line="+24"/>
        <source>Cannot read &quot;%1&quot;.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing needs the openssl command, which is not installed.</source>
        <translation>Zum Signieren wird der Befehl openssl gebraucht, der nicht installiert ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not run openssl: %1</source>
        <translation>openssl konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>openssl did not finish signing in time.</source>
        <translation>openssl ist mit dem Signieren nicht rechtzeitig fertig geworden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>openssl could not sign the profile: %1</source>
        <translation>openssl konnte das Profil nicht signieren: %1</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../core/probe/ProtocolDialog.cpp" line="+46"/>
        <source>Not attempted: the connection is not encrypted, and the password is only sent over verified TLS unless you allow it for this server.</source>
        <translation>Nicht versucht: Die Verbindung ist nicht verschlüsselt, und das Passwort wird nur über geprüftes TLS gesendet, sofern Sie es für diesen Server nicht erlauben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not attempted: the server offers no login mechanism here.</source>
        <translation>Nicht versucht: Der Server bietet hier keinen Anmeldemechanismus an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not attempted: none of the server&apos;s login mechanisms (%1) is usable.</source>
        <translation>Nicht versucht: Keiner der Anmeldemechanismen des Servers (%1) ist nutzbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not attempted: the %1 mechanism could not be started.</source>
        <translation>Nicht versucht: Der Mechanismus %1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server answered with TLS: this port expects TLS from the first byte (implicit TLS).</source>
        <translation>Der Server hat mit TLS geantwortet: Dieser Port erwartet TLS vom ersten Byte an (implizites TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A web server (HTTP) answers on this port, not a mail server.</source>
        <translation>Auf diesem Port antwortet ein Webserver (HTTP), kein Mailserver.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An SSH server answers on this port, not a mail server.</source>
        <translation>Auf diesem Port antwortet ein SSH-Server, kein Mailserver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An SMTP server answers on this port, not %1.</source>
        <translation>Auf diesem Port antwortet ein SMTP-Server, nicht %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An IMAP server answers on this port, not %1.</source>
        <translation>Auf diesem Port antwortet ein IMAP-Server, nicht %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A POP3 server answers on this port, not %1.</source>
        <translation>Auf diesem Port antwortet ein POP3-Server, nicht %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer is not %1.</source>
        <translation>Die Antwort des Servers ist kein %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n byte(s) arrived after the server&apos;s STARTTLS go-ahead and before encryption: someone may be injecting data. The connection was dropped.</source>
        <translation>
            <numerusform>%n Byte kam nach der STARTTLS-Freigabe des Servers und vor der Verschlüsselung an: Jemand schleust möglicherweise Daten ein. Die Verbindung wurde getrennt.</numerusform>
            <numerusform>%n Bytes kamen nach der STARTTLS-Freigabe des Servers und vor der Verschlüsselung an: Jemand schleust möglicherweise Daten ein. Die Verbindung wurde getrennt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ranker</name>
    <message>
        <location filename="../core/assess/Ranker.cpp" line="+59"/>
        <source>Unencrypted: never recommended, whatever the server answers.</source>
        <translation>Unverschlüsselt: nie empfohlen, egal was der Server antwortet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server accepted your login.</source>
        <translation>Der Server hat Ihre Anmeldung akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered and listed what it supports.</source>
        <translation>Der Server hat geantwortet und aufgelistet, was er unterstützt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its certificate is valid, trusted and issued for %1.</source>
        <translation>Sein Zertifikat ist gültig, vertrauenswürdig und für %1 ausgestellt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IMAP keeps your mail on the server, in step on all your devices.</source>
        <translation>IMAP behält Ihre Mails auf dem Server, auf allen Ihren Geräten im gleichen Stand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>POP3, as you asked.</source>
        <translation>POP3, wie gewünscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port 25 is meant for mail between servers: many networks block it and many providers refuse logins there.</source>
        <translation>Port 25 ist für Mails zwischen Servern gedacht: Viele Netzwerke sperren ihn, und viele Anbieter lehnen dort Anmeldungen ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 is meant for mail programs (message submission).</source>
        <translation>Port %1 ist für Mailprogramme gedacht (Einlieferung von Nachrichten).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encrypted from the first byte (implicit TLS, RFC 8314).</source>
        <translation>Verschlüsselt vom ersten Byte an (implizites TLS, RFC 8314).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted after an unencrypted start (STARTTLS).</source>
        <translation>Verschlüsselt nach einem unverschlüsselten Beginn (STARTTLS).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TLS 1.3, the current version.</source>
        <translation>TLS 1.3, die aktuelle Version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS 1.2.</source>
        <translation>TLS 1.2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a guess from common server names: no source named this server.</source>
        <translation>Nur eine Vermutung anhand üblicher Servernamen: Keine Quelle hat diesen Server genannt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Named by a trusted source: %1.</source>
        <translation>Von einer vertrauenswürdigen Quelle genannt: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Named by %1, which could not be verified.</source>
        <translation>Von %1 genannt, was nicht überprüft werden konnte.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Ready for the login after %n network round trip(s).</source>
        <translation>
            <numerusform>Bereit für die Anmeldung nach %n Netzwerk-Umlauf.</numerusform>
            <numerusform>Bereit für die Anmeldung nach %n Netzwerk-Umläufen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unencrypted: your password and mail would cross the network readable.</source>
        <translation>Unverschlüsselt: Ihr Passwort und Ihre Mails würden lesbar durchs Netz gehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1, which is insecure (RFC 8996).</source>
        <translation>Nur %1, das unsicher ist (RFC 8996).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate could not be verified.</source>
        <translation>Das Zertifikat konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You accepted this server&apos;s certificate despite: %1.</source>
        <translation>Sie haben das Zertifikat dieses Servers trotz folgender Probleme akzeptiert: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the login: check the user name and the password.</source>
        <translation>Der Server hat die Anmeldung abgelehnt: Prüfen Sie Benutzernamen und Passwort.</translation>
    </message>
</context>
<context>
    <name>ReportHtmlExporter</name>
    <message>
        <location filename="../core/export/ReportHtmlExporter.cpp" line="+11"/>
        <source>Helpdesk report (HTML)</source>
        <translation>Helpdesk-Bericht (HTML)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helpdesk report as one HTML page: settings, diagnosis, port matrix, certificates, transcripts</source>
        <translation>Helpdesk-Bericht als eine HTML-Seite: Einstellungen, Diagnose, Port-Matrix, Zertifikate, Protokolle</translation>
    </message>
</context>
<context>
    <name>ReportPdfExporter</name>
    <message>
        <location filename="../core/export/ReportPdfExporter.cpp" line="+11"/>
        <source>Helpdesk report (PDF)</source>
        <translation>Helpdesk-Bericht (PDF)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helpdesk report as a PDF to attach to a ticket (made by mailscout-render)</source>
        <translation>Helpdesk-Bericht als PDF zum Anhängen an ein Ticket (erstellt von mailscout-render)</translation>
    </message>
</context>
<context>
    <name>Revision</name>
    <message>
        <location filename="../core/assess/Revision.cpp" line="+16"/>
        <source>%1 port %2 with implicit TLS</source>
        <translation>%1 Port %2 mit implizitem TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 port %2 with STARTTLS</source>
        <translation>%1 Port %2 mit STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 port %2 without encryption</source>
        <translation>%1 Port %2 ohne Verschlüsselung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 port %2 answered late, after %3 s.</source>
        <translation>%1 Port %2 hat spät geantwortet, nach %3 s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No secure incoming server is left.</source>
        <translation>Es bleibt kein sicherer Eingangsserver übrig.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No secure outgoing server is left.</source>
        <translation>Es bleibt kein sicherer Ausgangsserver übrig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming mail: %1.</source>
        <translation>Eingehende Mail: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing mail: %1.</source>
        <translation>Ausgehende Mail: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switching incoming mail to %1 (was %2).</source>
        <translation>Eingehende Mail wechselt zu %1 (bisher %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching outgoing mail to %1 (was %2).</source>
        <translation>Ausgehende Mail wechselt zu %1 (bisher %2).</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <location filename="../core/probe/SmtpDialog.cpp" line="+56"/>
        <source>The server closed the session: %1 %2</source>
        <translation>Der Server hat die Sitzung beendet: %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server refuses to talk: %1</source>
        <translation>Der Server verweigert die Kommunikation: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server rejected EHLO and HELO: %1</source>
        <translation>Der Server hat EHLO und HELO abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server advertised STARTTLS but refused it: %1 %2</source>
        <translation>Der Server hat STARTTLS angekündigt, aber abgelehnt: %1 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server does not offer STARTTLS.</source>
        <translation>Der Server bietet kein STARTTLS an.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The %1 mechanism failed on our side.</source>
        <translation>Der Mechanismus %1 ist auf unserer Seite fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server&apos;s login challenge could not be answered.</source>
        <translation>Die Anmelde-Challenge des Servers konnte nicht beantwortet werden.</translation>
    </message>
</context>
<context>
    <name>ThunderbirdExporter</name>
    <message>
        <location filename="../core/export/ThunderbirdExporter.cpp" line="+38"/>
        <source>Thunderbird autoconfig</source>
        <translation>Thunderbird-Autoconfig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thunderbird autoconfig (clientConfig 1.1) to publish at autoconfig.DOMAIN or drop into isp/</source>
        <translation>Thunderbird-Autoconfig (clientConfig 1.1) zum Veröffentlichen unter autoconfig.DOMAIN oder zum Ablegen in isp/</translation>
    </message>
</context>
<context>
    <name>mailscout::AcceptCertificateDialog</name>
    <message>
        <location filename="../ui/AcceptCertificateDialog.cpp" line="+27"/>
        <source>Certificate of %1</source>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of %1 cannot be trusted:</source>
        <translation>Dem Zertifikat von %1 kann nicht vertraut werden:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHA-256 fingerprint — compare it with the one your provider or administrator gives you, character by character:</source>
        <translation>SHA-256-Fingerabdruck — vergleichen Sie ihn Zeichen für Zeichen mit dem, den Ihr Anbieter oder Administrator Ihnen nennt:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have compared the fingerprint and trust this certificate for %1 only</source>
        <translation>Ich habe den Fingerabdruck verglichen und vertraue diesem Zertifikat nur für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept becomes possible once you confirm.</source>
        <translation>Akzeptieren ist möglich, sobald Sie bestätigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accept for this server</source>
        <translation>Für diesen Server &amp;akzeptieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>mailscout::AccountPage</name>
    <message>
        <location filename="../ui/AccountPage.cpp" line="+32"/>
        <source>standard ports</source>
        <translation>Standard-Ports</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Set up my mail account</source>
        <translation>Mein E-Mail-Konto e&amp;inrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;iagnose a server (for technicians)</source>
        <translation>Einen Server &amp;diagnostizieren (für Techniker)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Server to diagnose</source>
        <translation>Zu diagnostizierender Server</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Verify my login with this password</source>
        <translation>Meine Anmeldung mit diesem Passwort &amp;überprüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;know my server</source>
        <translation>Ich &amp;kenne meinen Server</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+93"/>
        <source>Your mail account</source>
        <translation>Ihr E-Mail-Konto</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Type your e-mail address. Mailscout finds the servers for it and checks each one.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein. Mailscout findet die Server dazu und prüft jeden einzelnen.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Find and check the settings for an e-mail address.</source>
        <translation>Die Einstellungen für eine E-Mail-Adresse finden und prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every standard mail port of one server.</source>
        <translation>Jeden Standard-Mailport eines Servers prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; shown to the people you write to.</source>
        <translation>Optional; wird den Empfängern Ihrer Nachrichten angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Used only to verify your login, never stored.</source>
        <translation>Optional. Wird nur zum Prüfen Ihrer Anmeldung verwendet, nie gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, never stored</source>
        <translation>optional, wird nie gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sends the password to the recommended servers only, and only over a verified encrypted connection.</source>
        <translation>Sendet das Passwort nur an die empfohlenen Server und nur über eine geprüfte verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also check a server you name yourself.</source>
        <translation>Zusätzlich einen Server prüfen, den Sie selbst angeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your server</source>
        <translation>Ihr Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>mail.example.com</source>
        <translation>mail.example.com</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Your server&apos;s port</source>
        <translation>Port Ihres Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave at &quot;standard ports&quot; unless your provider gave you a port.</source>
        <translation>Lassen Sie „Standard-Ports“ stehen, es sei denn, Ihr Anbieter hat Ihnen einen Port genannt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none, or e.g. 2525, 10993</source>
        <translation>keine, oder z. B. 2525, 10993</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra ports</source>
        <translation>Zusätzliche Ports</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Non-standard ports to check besides the seven standard ones, separated by commas.</source>
        <translation>Nicht standardmäßige Ports, die zusätzlich zu den sieben Standard-Ports geprüft werden, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Your na&amp;me:</source>
        <translation>Ihr Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hos&amp;t:</source>
        <translation>Hos&amp;t:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtra ports:</source>
        <translation>&amp;Zusätzliche Ports:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Diagnose a server</source>
        <translation>Einen Server diagnostizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailscout checks the seven standard mail ports of this server, and any extra ones you give.</source>
        <translation>Mailscout prüft die sieben Standard-Mailports dieses Servers und alle zusätzlichen, die Sie angeben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ports are numbers from 1 to 65535, separated by commas.</source>
        <translation>Ports sind Zahlen von 1 bis 65535, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>mailscout::AutoconfigSource</name>
    <message>
        <location filename="../core/discovery/AutoconfigSource.cpp" line="+91"/>
        <source>There is no URL to ask.</source>
        <translation>Es gibt keine URL zum Abfragen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is not a usable clientConfig document: %2</source>
        <translation>%1 ist kein verwendbares clientConfig-Dokument: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Named by %1 over HTTPS with a verified certificate.</source>
        <translation>Von %1 über HTTPS mit geprüftem Zertifikat genannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named by %1 over unencrypted HTTP, which anybody on the path can alter: confirm the server before trusting its certificate.</source>
        <translation>Von %1 über unverschlüsseltes HTTP genannt, das jeder auf dem Weg verändern kann: Bestätigen Sie den Server, bevor Sie seinem Zertifikat vertrauen.</translation>
    </message>
</context>
<context>
    <name>mailscout::AutodiscoverSource</name>
    <message>
        <location filename="../core/discovery/AutodiscoverSource.cpp" line="+41"/>
        <source>Autodiscover needs a whole e-mail address.</source>
        <translation>Autodiscover braucht eine vollständige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Named by %1 over HTTPS with a verified certificate.</source>
        <translation>Von %1 über HTTPS mit geprüftem Zertifikat genannt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autodiscover at %1, reached through a redirect</source>
        <translation>Autodiscover unter %1, über eine Weiterleitung erreicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Autodiscover redirected more than %1 times; stopped at %2.</source>
        <translation>Autodiscover hat mehr als %1-mal weitergeleitet; angehalten bei %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Autodiscover redirected to the unusable address “%1”.</source>
        <translation>Autodiscover hat an die unbrauchbare Adresse „%1“ weitergeleitet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Autodiscover&apos;s redirect from %1 to %2 was refused: only HTTPS within %3 is followed.</source>
        <translation>Die Autodiscover-Weiterleitung von %1 nach %2 wurde abgelehnt: Nur HTTPS innerhalb von %3 wird verfolgt.</translation>
    </message>
</context>
<context>
    <name>mailscout::ConfigurationsModel</name>
    <message>
        <location filename="../ui/ConfigurationsModel.cpp" line="+36"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2:%3, %4</source>
        <translation>%1 %2:%3, %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 (recommended)</source>
        <translation>1 (empfohlen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OAuth2 needed</source>
        <translation>OAuth2 erforderlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
</context>
<context>
    <name>mailscout::Connector</name>
    <message>
        <location filename="../core/probe/Connector.cpp" line="+44"/>
        <source>No server name was given.</source>
        <translation>Es wurde kein Servername angegeben.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The name %1 could not be resolved: %2</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Connection refused by %1 port %2.</source>
        <translation>Verbindung von %1 Port %2 abgewiesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 port %2 is unreachable: %3</source>
        <translation>%1 Port %2 ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to %1 port %2: %3</source>
        <translation>Verbindung zu %1 Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The DNS lookup of %1 did not finish within %2 s.</source>
        <translation>Die DNS-Abfrage von %1 wurde nicht innerhalb von %2 s fertig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No answer from %1 port %2 within %3 s: the port is probably filtered by a firewall.</source>
        <translation>Keine Antwort von %1 Port %2 innerhalb von %3 s: Der Port wird wahrscheinlich von einer Firewall gefiltert.</translation>
    </message>
</context>
<context>
    <name>mailscout::Discovery</name>
    <message>
        <location filename="../core/discovery/Discovery.cpp" line="+28"/>
        <source>From the provider data bundled with Mailscout for %1.</source>
        <translation>Aus den mit Mailscout gelieferten Anbieterdaten für %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundled provider data does not know %1.</source>
        <translation>Die mitgelieferten Anbieterdaten kennen %1 nicht.</translation>
    </message>
</context>
<context>
    <name>mailscout::DiscoveryPage</name>
    <message>
        <location filename="../ui/DiscoveryPage.cpp" line="+34"/>
        <location line="+140"/>
        <source>S&amp;top</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Looking for your servers</source>
        <translation>Ihre Server werden gesucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every source is asked at once and every server is checked as soon as it is named.</source>
        <translation>Alle Quellen werden gleichzeitig gefragt, und jeder Server wird geprüft, sobald er genannt wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Mailscout looks for server names, and what each one found.</source>
        <translation>Wo Mailscout nach Servernamen sucht, und was jede Quelle gefunden hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port matrix</source>
        <translation>Port-Matrix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per server, one column per protocol and port. Press Enter on a cell for the details of that check.</source>
        <translation>Eine Zeile pro Server, eine Spalte pro Protokoll und Port. Drücken Sie die Eingabetaste auf einer Zelle, um die Details dieser Prüfung zu sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sources:</source>
        <translation>&amp;Quellen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ports checked:</source>
        <translation>&amp;Geprüfte Ports:</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 of %2 checked, %3 running — %4 s</source>
        <translation>%1 von %2 geprüft, %3 laufen — %4 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped. You can look at what was found so far, or check again.</source>
        <translation>Angehalten. Sie können sich ansehen, was bisher gefunden wurde, oder erneut prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All checks are done.</source>
        <translation>Alle Prüfungen sind abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer is certain; the remaining checks finish in the background. %1</source>
        <translation>Die Antwort steht fest; die übrigen Prüfungen laufen im Hintergrund zu Ende. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs every check again.</source>
        <translation>Führt jede Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops every check now.</source>
        <translation>Hält jetzt jede Prüfung an.</translation>
    </message>
</context>
<context>
    <name>mailscout::DiscoverySource</name>
    <message>
        <location filename="../core/discovery/DiscoverySource.cpp" line="+13"/>
        <source>No answer within %1 seconds.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden.</translation>
    </message>
</context>
<context>
    <name>mailscout::DonePage</name>
    <message>
        <location filename="../ui/DonePage.cpp" line="+19"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Publish the file as autoconfig for your domain, or in Thunderbird choose Account Settings → Add Mail Account and type the settings shown.</source>
        <translation>Veröffentlichen Sie die Datei als Autoconfig für Ihre Domain, oder wählen Sie in Thunderbird Kontoeinstellungen → E-Mail-Konto hinzufügen und geben Sie die angezeigten Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Outlook, open the file on the Windows computer (the registry file asks before it changes anything), then add the account in Outlook.</source>
        <translation>Schließen Sie Outlook, öffnen Sie die Datei auf dem Windows-Computer (die Registrierungsdatei fragt nach, bevor sie etwas ändert) und fügen Sie dann das Konto in Outlook hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the profile to the Mac, iPhone or iPad, open it, and install it under Settings → Profile Downloaded.</source>
        <translation>Senden Sie das Profil an den Mac, das iPhone oder iPad, öffnen Sie es und installieren Sie es unter Einstellungen → Profil geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file to the phone and import it in K-9 Mail / Thunderbird for Android under Settings → Import settings.</source>
        <translation>Kopieren Sie die Datei auf das Telefon und importieren Sie sie in K-9 Mail / Thunderbird für Android unter Einstellungen → Einstellungen importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the file where the program reads its configuration and replace the password command in it with yours.</source>
        <translation>Legen Sie die Datei dort ab, wo das Programm seine Konfiguration liest, und ersetzen Sie den Passwortbefehl darin durch Ihren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the sheet in a browser to print it or attach it to the ticket.</source>
        <translation>Öffnen Sie das Blatt in einem Browser, um es zu drucken oder an das Ticket anzuhängen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the records to your domain&apos;s DNS zone.</source>
        <translation>Fügen Sie die Einträge der DNS-Zone Ihrer Domain hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file or pass it to whoever sets up the mail program.</source>
        <translation>Öffnen Sie die Datei oder geben Sie sie an die Person weiter, die das Mailprogramm einrichtet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can type the settings from the results page into your mail program, or go back and export them.</source>
        <translation>Sie können die Einstellungen von der Ergebnisseite in Ihr Mailprogramm eintippen oder zurückgehen und sie exportieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your settings are written.</source>
        <translation>Ihre Einstellungen sind geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; written to &lt;tt&gt;%2&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; nach &lt;tt&gt;%2&lt;/tt&gt; geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password was written into any file.</source>
        <translation>In keine Datei wurde ein Passwort geschrieben.</translation>
    </message>
</context>
<context>
    <name>mailscout::ExportPage</name>
    <message>
        <location filename="../ui/ExportPage.cpp" line="+38"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy to clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy settings as &amp;text</source>
        <translation>Einstellungen als &amp;Text kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open containing f&amp;older</source>
        <translation>Enthaltenden &amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop making the P&amp;DF</source>
        <translation>P&amp;DF-Erstellung anhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your mail program: Mailscout writes the settings in the form it reads. No password is written.</source>
        <translation>Wählen Sie Ihr Mailprogramm: Mailscout schreibt die Einstellungen in der Form, die es liest. Es wird kein Passwort geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the file under the name the mail program expects.</source>
        <translation>Speichert die Datei unter dem Namen, den das Mailprogramm erwartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies the settings as plain words, to paste into a message or a ticket.</source>
        <translation>Kopiert die Einstellungen als einfachen Text, zum Einfügen in eine Nachricht oder ein Ticket.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Making the PDF</source>
        <translation>PDF wird erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stops making the PDF; no file is written.</source>
        <translation>Hält die PDF-Erstellung an; es wird keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>This format cannot be written: %1</source>
        <translation>Dieses Format kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Making the PDF for %1…</source>
        <translation>PDF für %1 wird erstellt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not make the PDF, nothing was saved: %1</source>
        <translation>Das PDF konnte nicht erstellt werden, es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF not saved</source>
        <translation>PDF nicht gespeichert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped: the PDF was not saved.</source>
        <translation>Angehalten: Das PDF wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings are on the clipboard as text.</source>
        <translation>Die Einstellungen liegen als Text in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>mailscout::GuessSource</name>
    <message>
        <location filename="../core/discovery/GuessSource.cpp" line="+54"/>
        <source>A guess from the name of the e-mail domain %1, and within it.</source>
        <translation>Eine Vermutung anhand des Namens der E-Mail-Domain %1, und innerhalb dieser.</translation>
    </message>
</context>
<context>
    <name>mailscout::HttpFetcher</name>
    <message>
        <location filename="../core/discovery/HttpFetcher.cpp" line="+26"/>
        <source>A redirect to %1 was refused: only HTTP and HTTPS are followed.</source>
        <translation>Eine Weiterleitung nach %1 wurde abgelehnt: Nur HTTP und HTTPS werden verfolgt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A redirect from HTTPS to unencrypted %1 was refused.</source>
        <translation>Eine Weiterleitung von HTTPS zu unverschlüsseltem %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A redirect from %1 to %2 was refused: it leaves the domain %3.</source>
        <translation>Eine Weiterleitung von %1 nach %2 wurde abgelehnt: Sie verlässt die Domain %3.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 sent more than %2 bytes; the download was stopped.</source>
        <translation>%1 hat mehr als %2 Byte gesendet; der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 sent more than %2 bytes.</source>
        <translation>%1 hat mehr als %2 Byte gesendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More than %1 redirects, starting at %2.</source>
        <translation>Mehr als %1 Weiterleitungen, beginnend bei %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 hat mit HTTP-Status %2 geantwortet.</translation>
    </message>
</context>
<context>
    <name>mailscout::MxSource</name>
    <message>
        <location filename="../core/discovery/MxSource.cpp" line="+47"/>
        <source>the MX record %1 of %2 (plain DNS)</source>
        <translation>der MX-Eintrag %1 von %2 (einfaches DNS)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 says it accepts no mail (a null MX record).</source>
        <translation>%1 sagt, dass es keine Mails annimmt (ein Null-MX-Eintrag).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The MX host %1 belongs to %2 (bundled provider data).</source>
        <translation>Der MX-Host %1 gehört zu %2 (mitgelieferte Anbieterdaten).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The MX host %1 lies within %2 itself; the domain&apos;s own autoconfig covers it.</source>
        <translation>Der MX-Host %1 liegt innerhalb von %2 selbst; die eigene Autoconfig der Domain deckt ihn ab.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asked the MX host&apos;s domain %1.</source>
        <translation>Die Domain %1 des MX-Hosts wurde gefragt.</translation>
    </message>
</context>
<context>
    <name>mailscout::PdfRenderer</name>
    <message>
        <location filename="../core/export/PdfRenderer.cpp" line="+26"/>
        <source>The PDF renderer %1 did not finish.</source>
        <translation>Der PDF-Renderer %1 wurde nicht fertig.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot make a PDF: the PDF renderer %1 is missing. It is part of Mailscout and is installed beside mailscout-cli; reinstall Mailscout, or export the HTML format instead.</source>
        <translation>Das PDF kann nicht erstellt werden: Der PDF-Renderer %1 fehlt. Er gehört zu Mailscout und wird neben mailscout-cli installiert; installieren Sie Mailscout neu oder exportieren Sie stattdessen das HTML-Format.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The PDF renderer failed: %1</source>
        <translation>Der PDF-Renderer ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF renderer %1 crashed.</source>
        <translation>Der PDF-Renderer %1 ist abgestürzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF renderer %1 ended with status %2 without making a PDF or saying why.</source>
        <translation>Der PDF-Renderer %1 endete mit Status %2, ohne ein PDF zu erstellen oder einen Grund zu nennen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot start the PDF renderer %1: %2</source>
        <translation>Der PDF-Renderer %1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>mailscout::PortMatrixModel</name>
    <message>
        <location filename="../ui/PortMatrixModel.cpp" line="+164"/>
        <source> TLS</source>
        <translation> TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> STARTTLS</source>
        <translation> STARTTLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> plain</source>
        <translation> unverschlüsselt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Press Enter or click for the details.</source>
        <translation>Drücken Sie die Eingabetaste oder klicken Sie für die Details.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 on port %2</source>
        <translation>%1 auf Port %2</translation>
    </message>
</context>
<context>
    <name>mailscout::Probe</name>
    <message>
        <location filename="../core/probe/Probe.cpp" line="+28"/>
        <source>The check did not finish within %1 s.</source>
        <translation>Die Prüfung wurde nicht innerhalb von %1 s fertig.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This system has no working TLS library.</source>
        <translation>Dieses System hat keine funktionierende TLS-Bibliothek.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected to %1 port %2.</source>
        <translation>Verbunden mit %1 Port %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Starting TLS handshake.</source>
        <translation>TLS-Handshake beginnt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS established: %1, %2.</source>
        <translation>TLS aufgebaut: %1, %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is deprecated and insecure (RFC 8996).</source>
        <translation>%1 ist veraltet und unsicher (RFC 8996).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Certificate problems accepted by the user for this server: %1</source>
        <translation>Vom Benutzer für diesen Server akzeptierte Zertifikatsprobleme: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The certificate uses a weak key or signature (RSA under 2048 bits, SHA-1 or MD5).</source>
        <translation>Das Zertifikat verwendet einen schwachen Schlüssel oder eine schwache Signatur (RSA unter 2048 Bit, SHA-1 oder MD5).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Certificate problem: %1</source>
        <translation>Zertifikatsproblem: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server offers only TLS 1.0 or 1.1, which are insecure (RFC 8996): %1</source>
        <translation>Der Server bietet nur TLS 1.0 oder 1.1 an, die unsicher sind (RFC 8996): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plaintext arrived after the STARTTLS go-ahead instead of TLS: someone may be injecting data. The connection was dropped (%1).</source>
        <translation>Nach der STARTTLS-Freigabe kam Klartext statt TLS an: Jemand schleust möglicherweise Daten ein. Die Verbindung wurde getrennt (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not speak TLS on this port; it may expect STARTTLS (%1).</source>
        <translation>Der Server spricht auf diesem Port kein TLS; er erwartet möglicherweise STARTTLS (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server closed the connection without a greeting.</source>
        <translation>Der Server hat die Verbindung ohne Begrüßung geschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Der Server hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection error: %1</source>
        <translation>Verbindungsfehler: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The server sent no greeting within %1 s.</source>
        <translation>Der Server hat innerhalb von %1 s keine Begrüßung gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the connection but sent no greeting within %1 s; it may expect TLS from the first byte (implicit TLS).</source>
        <translation>Der Server hat die Verbindung angenommen, aber innerhalb von %1 s keine Begrüßung gesendet; er erwartet möglicherweise TLS vom ersten Byte an (implizites TLS).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>Der TLS-Handshake wurde nicht innerhalb von %1 s fertig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer within %1 s.</source>
        <translation>Der Server hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This connection is not encrypted: anyone on the network can read it.</source>
        <translation>Diese Verbindung ist nicht verschlüsselt: Jeder im Netzwerk kann sie mitlesen.</translation>
    </message>
</context>
<context>
    <name>mailscout::ProbeDetailsDialog</name>
    <message>
        <location filename="../ui/ProbeDetailsDialog.cpp" line="+34"/>
        <source>  (not asked or no answer)
</source>
        <translation>  (nicht gefragt oder keine Antwort)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login mechanisms: %1</source>
        <translation>Anmeldeverfahren: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check of %1</source>
        <translation>Prüfung von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript, passwords removed</source>
        <translation>Protokoll, Passwörter entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ranscript</source>
        <translation>P&amp;rotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&amp;Capabilities</source>
        <translation>&amp;Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS and certificates</source>
        <translation>TLS und Zertifikate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS &amp;&amp; c&amp;ertificates</source>
        <translation>TLS &amp;&amp; Z&amp;ertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timings</source>
        <translation>Zeitmessungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ti&amp;mings</source>
        <translation>Zeit&amp;messungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server:    %1</source>
        <translation>Server:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:    %1 — %2</source>
        <translation>Ergebnis:  %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:   %1</source>
        <translation>Ausgang:   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why:       %1</source>
        <translation>Grund:     %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:   %1</source>
        <translation>Adresse:   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greeting:  %1</source>
        <translation>Begrüßung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login:     %1 (%2) %3</source>
        <translation>Anmeldung: %1 (%2) %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning:   %1</source>
        <translation>Warnung:   %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before TLS:</source>
        <translation>Vor TLS:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After TLS:</source>
        <translation>Nach TLS:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subject:     %1</source>
        <translation>Inhaber:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:      %1</source>
        <translation>Aussteller:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names:       %1</source>
        <translation>Namen:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:  %1</source>
        <translation>Gültig ab:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until: %1</source>
        <translation>Gültig bis:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key:         %1, %2 bits</source>
        <translation>Schlüssel:   %1, %2 Bit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature:   %1</source>
        <translation>Signatur:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:     %1</source>
        <translation>SHA-256:     %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No TLS on this connection.</source>
        <translation>Kein TLS auf dieser Verbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Established: %1</source>
        <translation>Aufgebaut:   %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+5"/>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Protocol:    %1%2</source>
        <translation>Protokoll:   %1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (deprecated, insecure)</source>
        <translation> (veraltet, unsicher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cipher:      %1</source>
        <translation>Verschlüsselung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted:     %1</source>
        <translation>Vertraut:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name match:  %1</source>
        <translation>Name passt:  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You accepted this certificate for this server.</source>
        <translation>Sie haben dieses Zertifikat für diesen Server akzeptiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem:     %1</source>
        <translation>Problem:     %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handshake:   %1</source>
        <translation>Handshake:   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuer certificate %1</source>
        <translation>Ausstellerzertifikat %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>mailscout::ProbeScheduler</name>
    <message>
        <location filename="../core/probe/ProbeScheduler.cpp" line="+215"/>
        <source>No answer within %1 s, although other ports of the same server answered within %2 ms: the port is most likely filtered by a firewall. Still waiting for it, up to %3 s.</source>
        <translation>Keine Antwort innerhalb von %1 s, obwohl andere Ports desselben Servers innerhalb von %2 ms geantwortet haben: Der Port wird höchstwahrscheinlich von einer Firewall gefiltert. Es wird weiter auf ihn gewartet, bis zu %3 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No answer within %1 s, although the DNS server answered within %2 ms: the port is most likely filtered by a firewall. Still waiting for it, up to %3 s.</source>
        <translation>Keine Antwort innerhalb von %1 s, obwohl der DNS-Server innerhalb von %2 ms geantwortet hat: Der Port wird höchstwahrscheinlich von einer Firewall gefiltert. Es wird weiter auf ihn gewartet, bis zu %3 s.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>The server turned the connection away %n time(s) in a row: it limits how many connections one client may open at once.</source>
        <translation>
            <numerusform>Der Server hat die Verbindung %n-mal in Folge abgewiesen: Er begrenzt, wie viele Verbindungen ein Client gleichzeitig öffnen darf.</numerusform>
            <numerusform>Der Server hat die Verbindung %n-mal in Folge abgewiesen: Er begrenzt, wie viele Verbindungen ein Client gleichzeitig öffnen darf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailscout::ResultsPage</name>
    <message>
        <location filename="../ui/ResultsPage.cpp" line="+32"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Incoming mail</source>
        <translation>Eingehende Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing mail</source>
        <translation>Ausgehende Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate problems</source>
        <translation>Zertifikatsprobleme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your settings</source>
        <translation>Ihre Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type these into your mail program, or export them on the next page.</source>
        <translation>Tippen Sie diese in Ihr Mailprogramm ein oder exportieren Sie sie auf der nächsten Seite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why these settings</source>
        <translation>Warum diese Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late answer</source>
        <translation>Späte Antwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All secure configurations</source>
        <translation>Alle sicheren Konfigurationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked best first; hover a row for its reasons.</source>
        <translation>Die beste zuerst; fahren Sie über eine Zeile, um ihre Gründe zu sehen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;All secure configurations:</source>
        <translation>&amp;Alle sicheren Konfigurationen:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Incoming mail (%1)</source>
        <translation>Eingehende Mail (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing mail (%1)</source>
        <translation>Ausgehende Mail (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth2 (sign in with the provider)</source>
        <translation>OAuth2 (beim Anbieter anmelden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal password</source>
        <translation>Normales Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(your usual login name)</source>
        <translation>(Ihr üblicher Anmeldename)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, verified</source>
        <translation>%1, geprüft</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Why these:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warum diese:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking again…</source>
        <translation>Wird erneut geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended settings for %1:</source>
        <translation>Empfohlene Einstellungen für %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure configuration was found for %1.</source>
        <translation>Für %1 wurde keine sichere Konfiguration gefunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Changed after a late answer:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nach einer späten Antwort geändert:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;What Mailscout noticed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was Mailscout aufgefallen ist:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1:%2 — %3</source>
        <translation>%1:%2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review and accept…</source>
        <translation>&amp;Prüfen und akzeptieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review and accept the certificate of %1 port %2</source>
        <translation>Zertifikat von %1 Port %2 prüfen und akzeptieren</translation>
    </message>
</context>
<context>
    <name>mailscout::SetupSession</name>
    <message>
        <location filename="../core/session/SetupSession.cpp" line="+127"/>
        <source>The check was stopped before the full connect timeout.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor die volle Wartezeit für den Verbindungsaufbau abgelaufen war.</translation>
    </message>
</context>
<context>
    <name>mailscout::SetupWizard</name>
    <message>
        <location filename="../ui/SetupWizard.cpp" line="+33"/>
        <source>Mailscout</source>
        <translation>Mailscout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailscout account setup</source>
        <translation>Mailscout-Kontoeinrichtung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explains the current page.</source>
        <translation>Erklärt die aktuelle Seite.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Type the e-mail address you want to set up. Mailscout asks several sources which servers belong to it and checks each one.

The password is optional: with &quot;Verify my login&quot; it is sent only to the recommended servers over a verified encrypted connection, and it is never saved.

Technicians can choose &quot;Diagnose a server&quot; to check the seven standard mail ports of one host.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, die Sie einrichten möchten. Mailscout fragt mehrere Quellen, welche Server dazugehören, und prüft jeden einzelnen.

Das Passwort ist optional: Mit „Meine Anmeldung überprüfen“ wird es nur über eine geprüfte verschlüsselte Verbindung an die empfohlenen Server gesendet und nie gespeichert.

Techniker können „Einen Server diagnostizieren“ wählen, um die sieben Standard-Mailports eines Hosts zu prüfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each source is asked at once; each server it names is checked as soon as it is named. In the matrix, every cell says in words what became of one port: secure, STARTTLS, insecure, certificate problem, refused (nothing listens) or filtered (a firewall drops it). Select a cell and press Enter for the full transcript.

Next becomes available as soon as the answer is certain; Stop ends every check at once.</source>
        <translation>Alle Quellen werden gleichzeitig gefragt; jeder genannte Server wird sofort geprüft. In der Matrix sagt jede Zelle in Worten, was aus einem Port wurde: sicher, STARTTLS, unsicher, Zertifikatsproblem, abgewiesen (nichts lauscht) oder gefiltert (eine Firewall verwirft die Verbindung). Wählen Sie eine Zelle und drücken Sie die Eingabetaste für das vollständige Protokoll.

„Weiter“ wird verfügbar, sobald die Antwort feststeht; „Anhalten“ beendet sofort jede Prüfung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recommended settings are the most secure ones that work. The card can be read aloud to somebody on the phone.

If a server&apos;s certificate cannot be trusted, you may accept that certificate for that server only, after comparing its SHA-256 fingerprint with the one your provider or administrator gives you.</source>
        <translation>Die empfohlenen Einstellungen sind die sichersten, die funktionieren. Die Karte kann jemandem am Telefon vorgelesen werden.

Wenn dem Zertifikat eines Servers nicht vertraut werden kann, dürfen Sie dieses Zertifikat nur für diesen Server akzeptieren, nachdem Sie seinen SHA-256-Fingerabdruck mit dem verglichen haben, den Ihr Anbieter oder Administrator Ihnen nennt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the mail program and save the file it reads, or copy it. Files never contain your password. &quot;Copy settings as text&quot; copies a summary for a message or a ticket.</source>
        <translation>Wählen Sie das Mailprogramm und speichern Sie die Datei, die es liest, oder kopieren Sie sie. Dateien enthalten nie Ihr Passwort. „Einstellungen als Text kopieren“ kopiert eine Zusammenfassung für eine Nachricht oder ein Ticket.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page lists the files written and what to do with them.</source>
        <translation>Diese Seite listet die geschriebenen Dateien auf und was damit zu tun ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>mailscout::SourcesModel</name>
    <message>
        <location filename="../ui/SourcesModel.cpp" line="+53"/>
        <source>Provider data bundled with Mailscout</source>
        <translation>Mit Mailscout gelieferte Anbieterdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autoconfig from the provider&apos;s web site and the ISPDB</source>
        <translation>Autoconfig von der Website des Anbieters und aus der ISPDB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail exchanger (MX) records</source>
        <translation>Mail-Exchanger-Einträge (MX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autoconfig for the mail exchanger&apos;s domain</source>
        <translation>Autoconfig für die Domain des Mail-Exchangers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service (SRV) records</source>
        <translation>Dienst-Einträge (SRV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlook Autodiscover</source>
        <translation>Outlook Autodiscover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual server names</source>
        <translation>Übliche Servernamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server you named</source>
        <translation>Der von Ihnen genannte Server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>looking…</source>
        <translation>sucht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found servers</source>
        <translation>Server gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mailscout::SrvSource</name>
    <message>
        <location filename="../core/discovery/SrvSource.cpp" line="+46"/>
        <source>%1: the domain says this service is not offered.</source>
        <translation>%1: Die Domain sagt, dass dieser Dienst nicht angeboten wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the SRV record %1</source>
        <translation>der SRV-Eintrag %1</translation>
    </message>
</context>
<context>
    <name>mailscout::UserSource</name>
    <message>
        <location filename="../core/discovery/UserSource.cpp" line="+53"/>
        <source>Entered by the user.</source>
        <translation>Vom Benutzer eingegeben.</translation>
    </message>
</context>
<context>
    <name>mailscout::cli::BatchRunner</name>
    <message>
        <location filename="../app/cli/BatchRunner.cpp" line="+60"/>
        <source>Check every e-mail address or domain in this file (&quot;-&quot;: standard input), one per line; blank lines and lines starting with # are skipped. Prints one result line per address as it finishes.</source>
        <translation>Jede E-Mail-Adresse oder Domain in dieser Datei prüfen („-“: Standardeingabe), eine pro Zeile; leere Zeilen und Zeilen, die mit # beginnen, werden übersprungen. Gibt pro Adresse eine Ergebniszeile aus, sobald ihre Prüfung fertig ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --batch: jsonl (one JSON object per line, the default) or csv.</source>
        <translation>Mit --batch: jsonl (ein JSON-Objekt pro Zeile, der Standard) oder csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --batch: how many addresses to check at once (default %1, at most %2).</source>
        <translation>Mit --batch: wie viele Adressen gleichzeitig geprüft werden (Standard %1, höchstens %2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--batch-format and --jobs need --batch FILE</source>
        <translation>--batch-format und --jobs brauchen --batch DATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--batch reads the addresses from its file: give no ADDRESS</source>
        <translation>--batch liest die Adressen aus seiner Datei: Geben Sie keine ADRESSE an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--password-stdin cannot be used with --batch: a batch verifies no login</source>
        <translation>--password-stdin kann nicht mit --batch verwendet werden: Im Stapelbetrieb wird keine Anmeldung überprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--export cannot be used with --batch: export one address at a time</source>
        <translation>--export kann nicht mit --batch verwendet werden: Exportieren Sie jeweils eine Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 cannot be used with --batch (see --batch-format)</source>
        <translation>--%1 kann nicht mit --batch verwendet werden (siehe --batch-format)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--batch-format takes jsonl or csv, not &quot;%1&quot;</source>
        <translation>--batch-format nimmt jsonl oder csv, nicht „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--jobs must be a number from 1 to %1</source>
        <translation>--jobs muss eine Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--jobs %1 lowered to %2 to fit the limit of open files (ulimit -n)</source>
        <translation>--jobs %1 auf %2 gesenkt, damit die Grenze für offene Dateien (ulimit -n) eingehalten wird</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the line is longer than %1 bytes</source>
        <translation>die Zeile ist länger als %1 Byte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not an e-mail address or a domain; check a single server with &quot;mailscout-cli discover HOST&quot; instead</source>
        <translation>keine E-Mail-Adresse und keine Domain; prüfen Sie einen einzelnen Server stattdessen mit „mailscout-cli discover HOST“</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli_main.cpp" line="+31"/>
        <source>Usage: %1 COMMAND [options]
Finds, checks and ranks the mail server settings for an account.

Commands:
</source>
        <translation>Aufruf: %1 BEFEHL [Optionen]
Findet, prüft und bewertet die Mailserver-Einstellungen für ein Konto.

Befehle:
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options:
  -h, --help       Show this help.
  -v, --version    Show the version.
  --lang CODE      Use this language (de, fr, es, en) instead of the system&apos;s;
                   before the command.

Run &quot;%1 COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>Optionen:
  -h, --help       Diese Hilfe anzeigen.
  -v, --version    Die Version anzeigen.
  --lang CODE      Diese Sprache (de, fr, es, en) statt der des Systems verwenden;
                   vor dem Befehl.

„%1 BEFEHL --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>mailscout-cli: --lang needs a language code, e.g. --lang de</source>
        <translation>mailscout-cli: --lang braucht einen Sprachcode, z. B. --lang de</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>mailscout-cli: unknown command &quot;%1&quot;; try --help</source>
        <translation>mailscout-cli: unbekannter Befehl „%1“; versuchen Sie --help</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="+30"/>
        <source>no PEM certificate in &quot;%1&quot;</source>
        <translation>kein PEM-Zertifikat in „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--dns-server needs an IP address, not &quot;%1&quot;</source>
        <translation>--dns-server braucht eine IP-Adresse, nicht „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--ispdb-url needs an http:// or https:// URL</source>
        <translation>--ispdb-url braucht eine http://- oder https://-URL</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Finds, checks and ranks the mail server settings for an account.</source>
        <translation>Findet, prüft und bewertet die Mailserver-Einstellungen für ein Konto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with this e-mail address filled in.</source>
        <translation>Mit dieser eingetragenen E-Mail-Adresse beginnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server to check: with --address, &quot;I know my server&quot;; alone, diagnose this host.</source>
        <translation>Der zu prüfende Server: mit --address „Ich kenne meinen Server“; allein diesen Host diagnostizieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST1:PORT1:HOST2:PORT2 — connect there instead, as curl does (repeatable).</source>
        <translation>HOST1:PORT1:HOST2:PORT2 — stattdessen dorthin verbinden, wie curl es tut (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT:ADDRESS — use this address for HOST, as curl does (repeatable).</source>
        <translation>HOST:PORT:ADRESSE — diese Adresse für HOST verwenden, wie curl es tut (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also trust the CA certificates in this PEM file (repeatable).</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask this DNS server (an IP address) for MX and SRV records.</source>
        <translation>Diesen DNS-Server (eine IP-Adresse) nach MX- und SRV-Einträgen fragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL of the ISP database.</source>
        <translation>Basis-URL der ISP-Datenbank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this language (de, fr, es, en) instead of the system&apos;s.</source>
        <translation>Diese Sprache (de, fr, es, en) statt der des Systems verwenden.</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <location filename="../app/render_main.cpp" line="+44"/>
        <source>Prints an HTML page (a Mailscout report or settings sheet) to a PDF file.
Reads the HTML from FILE, or from standard input when FILE is missing or &quot;-&quot;.</source>
        <translation>Druckt eine HTML-Seite (einen Mailscout-Bericht oder ein Einstellungsblatt) in eine PDF-Datei.
Liest das HTML aus DATEI oder von der Standardeingabe, wenn DATEI fehlt oder „-“ ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the PDF to this file instead of standard output.</source>
        <translation>Das PDF in diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 (the default) or Letter.</source>
        <translation>A4 (der Standard) oder Letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HTML file.</source>
        <translation>Die HTML-Datei.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only one input file, please</source>
        <translation>bitte nur eine Eingabedatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--page-size takes A4 or Letter</source>
        <translation>--page-size nimmt A4 oder Letter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the input is too large</source>
        <translation>die Eingabe ist zu groß</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write to standard output</source>
        <translation>kann nicht auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write the PDF: %1</source>
        <translation>das PDF kann nicht geschrieben werden: %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountConfigJson</name>
    <message>
        <location filename="../core/report/AccountConfigJson.cpp" line="+67"/>
        <source>rank: expected a whole number from 1 up</source>
        <translation>rank : nombre entier à partir de 1 attendu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>incoming.protocol: expected &quot;imap&quot; or &quot;pop3&quot;</source>
        <translation>incoming.protocol : « imap » ou « pop3 » attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outgoing.protocol: expected &quot;smtp&quot;</source>
        <translation>outgoing.protocol : « smtp » attendu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>score: expected a number</source>
        <translation>score : nombre attendu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reasons: expected a list of strings</source>
        <translation>reasons : liste de chaînes attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings: expected a list of strings</source>
        <translation>warnings : liste de chaînes attendue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected true or false</source>
        <translation>%1 : true ou false attendu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: expected an object with protocol, host, port and security</source>
        <translation>%1 : objet avec protocol, host, port et security attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.protocol: expected &quot;imap&quot;, &quot;pop3&quot; or &quot;smtp&quot;</source>
        <translation>%1.protocol : « imap », « pop3 » ou « smtp » attendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.host: expected a host name</source>
        <translation>%1.host : nom d&apos;hôte attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.port: expected a number from 1 to 65535</source>
        <translation>%1.port : nombre de 1 à 65535 attendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.security: expected &quot;tls&quot;, &quot;starttls&quot; or &quot;plain&quot;</source>
        <translation>%1.security : « tls », « starttls » ou « plain » attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2: expected a string</source>
        <translation>%1.%2 : chaîne attendue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.login_verified: expected true or false</source>
        <translation>%1.login_verified : true ou false attendu</translation>
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
        <translation>section accounts.conf d&apos;aerc (mode de fichier 0600, mot de passe par commande)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>aerc reads mail over IMAP, not POP3; this configuration fetches mail with POP3.</source>
        <translation>aerc lit le courrier en IMAP, pas en POP3 ; cette configuration récupère le courrier en POP3.</translation>
    </message>
</context>
<context>
    <name>AppleProfileExporter</name>
    <message>
        <location filename="../core/export/AppleProfileExporter.cpp" line="+64"/>
        <source>Apple configuration profile</source>
        <translation>Profil de configuration Apple</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apple .mobileconfig for iPhone, iPad and Mac Mail; signed when a certificate and key are given</source>
        <translation>.mobileconfig Apple pour iPhone, iPad et Mail sur Mac ; signé si un certificat et une clé sont fournis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signing needs both a certificate and its private key.</source>
        <translation>La signature nécessite à la fois un certificat et sa clé privée.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sets up the mail account %1.</source>
        <translation>Configure le compte de messagerie %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Mail account %1</source>
        <translation>Compte de messagerie %1</translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <location filename="../core/assess/Assessor.cpp" line="+157"/>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: sign in with OAuth2; the provider accepts no password login there.</source>
        <translation>%1 : connectez-vous avec OAuth2 ; le fournisseur n&apos;y accepte pas de connexion par mot de passe.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Settled without waiting for %1: no answer within %2 s where a round trip takes %3 ms, so most likely filtered by a firewall. Still waiting for them in the background.</source>
        <translation>Réponse certaine sans attendre %1 : aucune réponse en %2 s alors qu&apos;un aller-retour prend %3 ms, ce qui indique très probablement un filtrage par un pare-feu. L&apos;attente d&apos;une réponse continue en arrière-plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All checks have finished.</source>
        <translation>Toutes les vérifications sont terminées.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The best servers are confirmed: none of the %n check(s) still running could outrank them.</source>
        <translation>
            <numerusform>Les meilleurs serveurs sont confirmés : aucune des %n vérification encore en cours ne peut les dépasser.</numerusform>
            <numerusform>Les meilleurs serveurs sont confirmés : aucune des %n vérifications encore en cours ne peut les dépasser.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Still checking %1, which could outrank %2.</source>
        <translation>%1 est encore en cours de vérification et pourrait dépasser %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secure incoming server is confirmed yet; still checking %1.</source>
        <translation>Aucun serveur entrant sûr n&apos;est encore confirmé ; vérification de %1 en cours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure outgoing server is confirmed yet; still checking %1.</source>
        <translation>Aucun serveur sortant sûr n&apos;est encore confirmé ; vérification de %1 en cours.</translation>
    </message>
</context>
<context>
    <name>AutodiscoverParser</name>
    <message>
        <location filename="../core/discovery/AutodiscoverParser.cpp" line="+51"/>
        <source>The %1 server “%2” is not a valid host name and is left out.</source>
        <translation>Le serveur %1 « %2 » n&apos;est pas un nom d&apos;hôte valide et est ignoré.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The answer is %1 bytes long; at most %2 bytes are accepted.</source>
        <translation>La réponse fait %1 octets ; %2 octets au plus sont acceptés.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1: document type declarations (DTD) are not allowed.</source>
        <translation>Ligne %1 : les déclarations de type de document (DTD) ne sont pas autorisées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: the answer is nested too deeply or has too many elements.</source>
        <translation>Ligne %1 : la réponse est trop imbriquée ou a trop d&apos;éléments.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer names no IMAP, POP3 or SMTP server.</source>
        <translation>La réponse n&apos;indique aucun serveur IMAP, POP3 ou SMTP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server reported an error: %1</source>
        <translation>Le serveur a signalé une erreur : %1</translation>
    </message>
</context>
<context>
    <name>BundledProviders</name>
    <message>
        <location filename="../core/discovery/BundledProviders.cpp" line="+56"/>
        <source>%1 is listed by another file too.</source>
        <translation>%1 est aussi listé par un autre fichier.</translation>
    </message>
</context>
<context>
    <name>CandidateSource</name>
    <message>
        <location filename="../core/model/Candidate.cpp" line="+49"/>
        <source>bundled provider data</source>
        <translation>données de fournisseurs intégrées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the domain&apos;s autoconfig file (HTTPS)</source>
        <translation>le fichier autoconfig du domaine (HTTPS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the domain&apos;s autoconfig file (unencrypted HTTP)</source>
        <translation>le fichier autoconfig du domaine (HTTP non chiffré)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thunderbird&apos;s ISP database</source>
        <translation>la base de données des FAI de Thunderbird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the domain&apos;s MX record</source>
        <translation>l&apos;enregistrement MX du domaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the domain&apos;s SRV records</source>
        <translation>les enregistrements SRV du domaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outlook Autodiscover</source>
        <translation>Outlook Autodiscover</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a guess from common server names</source>
        <translation>une supposition à partir de noms de serveur courants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entered by the user</source>
        <translation>saisi par l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>ClientConfig</name>
    <message>
        <location filename="../core/discovery/ClientConfig.cpp" line="+52"/>
        <source>The server name %1 is not valid for this address; the server is left out.</source>
        <translation>Le nom de serveur %1 n&apos;est pas valide pour cette adresse ; le serveur est ignoré.</translation>
    </message>
</context>
<context>
    <name>ClientConfigParser</name>
    <message>
        <location filename="../core/discovery/ClientConfigParser.cpp" line="+34"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>document type declarations (DTD) and entity declarations are not allowed.</source>
        <translation>les déclarations de type de document (DTD) et d&apos;entités ne sont pas autorisées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>elements are nested more than %1 levels deep.</source>
        <translation>les éléments sont imbriqués sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the document has more than %1 elements.</source>
        <translation>le document a plus de %1 éléments.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the document is not valid UTF-8.</source>
        <translation>le document n&apos;est pas en UTF-8 valide.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the placeholder in “%1” lacks its closing %; read as “%2”.</source>
        <translation>il manque le % fermant au paramètre fictif de « %1 » ; lu comme « %2 ».</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the host name contains a port.</source>
        <translation>le nom d&apos;hôte contient un port.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the authentication method “%1” is unknown and ignored.</source>
        <translation>la méthode d&apos;authentification « %1 » est inconnue et ignorée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the %1 server is left out: %2</source>
        <translation>le serveur %1 est ignoré : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no host name.</source>
        <translation>il n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the host name “%1” is not valid: %2</source>
        <translation>le nom d&apos;hôte « %1 » n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no socketType, so its security is unknown.</source>
        <translation>il n&apos;a pas de socketType, sa sécurité est donc inconnue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the socketType “%1” is unknown.</source>
        <translation>le socketType « %1 » est inconnu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the port “%1” is not a number from 1 to 65535.</source>
        <translation>le port « %1 » n&apos;est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the %1 server names no port; the standard port %2 is assumed.</source>
        <translation>le serveur %1 n&apos;indique aucun port ; le port standard %2 est supposé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the domain “%1” is not valid and ignored.</source>
        <translation>le domaine « %1 » n&apos;est pas valide et est ignoré.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The document is %1 bytes long; at most %2 bytes are accepted.</source>
        <translation>Le document fait %1 octets ; %2 octets au plus sont acceptés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this is not a clientConfig document: the root element is &lt;%1&gt;.</source>
        <translation>ceci n&apos;est pas un document clientConfig : l&apos;élément racine est &lt;%1&gt;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only the first &lt;emailProvider&gt; is read; this one is ignored.</source>
        <translation>seul le premier &lt;emailProvider&gt; est lu ; celui-ci est ignoré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The document has no &lt;emailProvider&gt; element.</source>
        <translation>Le document n&apos;a pas d&apos;élément &lt;emailProvider&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document names no usable IMAP, POP3 or SMTP server.</source>
        <translation>Le document n&apos;indique aucun serveur IMAP, POP3 ou SMTP utilisable.</translation>
    </message>
</context>
<context>
    <name>ConnectionOverrides</name>
    <message>
        <location filename="../core/model/ConnectionOverrides.cpp" line="+48"/>
        <source>--connect-to takes HOST1:PORT1:HOST2:PORT2</source>
        <translation>--connect-to accepte HOST1:PORT1:HOST2:PORT2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--connect-to has a port outside 1-65535</source>
        <translation>--connect-to a un port hors de 1-65535</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--resolve takes HOST:PORT:ADDRESS[,ADDRESS...]</source>
        <translation>--resolve accepte HOST:PORT:ADRESSE[,ADRESSE...]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--resolve has a port outside 1-65535</source>
        <translation>--resolve a un port hors de 1-65535</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--resolve needs IP addresses, not &quot;%1&quot;</source>
        <translation>--resolve nécessite des adresses IP, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>Diagnostician</name>
    <message>
        <location filename="../core/assess/Diagnostician.cpp" line="+210"/>
        <source>No secure outgoing server (SMTP) was found, so no complete setting can be recommended. The other findings say why.</source>
        <translation>Aucun serveur sortant sûr (SMTP) n&apos;a été trouvé, donc aucun paramétrage complet ne peut être recommandé. Les autres constats expliquent pourquoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No secure incoming server (IMAP or POP3) was found, so no complete setting can be recommended. The other findings say why.</source>
        <translation>Aucun serveur entrant sûr (IMAP ou POP3) n&apos;a été trouvé, donc aucun paramétrage complet ne peut être recommandé. Les autres constats expliquent pourquoi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server offered a verified, encrypted connection, and Mailscout recommends nothing less. The other findings say why.</source>
        <translation>Aucun serveur n&apos;a proposé de connexion chiffrée vérifiée, et Mailscout ne recommande rien de moins. Les autres constats expliquent pourquoi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 refused the login with the user name &quot;%2&quot;. Check the password and the user name. If your account uses two-step verification, the provider probably wants an app password for mail programs.</source>
        <translation>%1 a refusé la connexion avec le nom d&apos;utilisateur « %2 ». Vérifiez le mot de passe et le nom d&apos;utilisateur. Si votre compte utilise la validation en deux étapes, le fournisseur demande probablement un mot de passe d&apos;application pour les logiciels de messagerie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The provider accepts only OAuth2 sign-in on %1: a password login fails however correct the password is. Use a mail program that signs in with OAuth2 (through the provider&apos;s web page), or create an app password if the provider offers them.</source>
        <translation>Le fournisseur n&apos;accepte que la connexion OAuth2 sur %1 : une connexion par mot de passe échoue, même avec le bon mot de passe. Utilisez un logiciel de messagerie qui se connecte avec OAuth2 (via la page web du fournisseur), ou créez un mot de passe d&apos;application si le fournisseur en propose.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Port 25 of %1 does not answer while the submission ports work: your Internet provider or network blocks outgoing port 25, as many do against spam. Nothing to fix: send through port 587 or 465.</source>
        <translation>Le port 25 de %1 ne répond pas alors que les ports de soumission fonctionnent : votre fournisseur d&apos;accès ou votre réseau bloque le port 25 sortant, comme beaucoup le font contre le spam. Rien à corriger : envoyez par le port 587 ou 465.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 can be used only without encryption: your password and mail would cross the network readable. Mailscout does not recommend that; ask the provider for encrypted access (TLS).</source>
        <translation>%1 n&apos;est utilisable que sans chiffrement : votre mot de passe et vos messages traverseraient le réseau en clair. Mailscout ne le recommande pas ; demandez au fournisseur un accès chiffré (TLS).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 lists %2, but the server disagrees: %3 That source&apos;s data is out of date: trust what the servers really do.</source>
        <translation>%1 indique %2, mais le serveur n&apos;est pas d&apos;accord : %3 Les données de cette source sont périmées : fiez-vous à ce que font réellement les serveurs.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The domain&apos;s DNS records point to %1, outside your e-mail domain. DNS answers can be forged, so these servers are not trusted automatically: confirm that they belong to your provider before you use them.</source>
        <translation>Les enregistrements DNS du domaine pointent vers %1, en dehors de votre domaine de messagerie. Les réponses DNS peuvent être falsifiées, ces serveurs ne sont donc pas approuvés automatiquement : vérifiez qu&apos;ils appartiennent à votre fournisseur avant de les utiliser.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The domain&apos;s autoconfig file was found only over unencrypted HTTP, where anyone on the way could have changed it, so the servers it names are not trusted automatically. Domain administrators: publish it over HTTPS.</source>
        <translation>Le fichier autoconfig du domaine n&apos;a été trouvé qu&apos;en HTTP non chiffré, où n&apos;importe qui sur le trajet aurait pu le modifier ; les serveurs qu&apos;il indique ne sont donc pas approuvés automatiquement. Administrateurs du domaine : publiez-le en HTTPS.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Security alert: on %1 someone inserted data into the connection before encryption started (STARTTLS injection). The network between you and the server, or the server itself, may be tampered with. Do not use these ports: use implicit TLS (993, 995, 465) and tell your network administrator.</source>
        <translation>Alerte de sécurité : sur %1, quelqu&apos;un a inséré des données dans la connexion avant le début du chiffrement (injection STARTTLS). Le réseau entre vous et le serveur, ou le serveur lui-même, est peut-être compromis. N&apos;utilisez pas ces ports : utilisez le TLS implicite (993, 995, 465) et prévenez votre administrateur réseau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No port of %1 answered (%2): a firewall drops the connections, or the server is down. Try from another network, or ask the network&apos;s administrator whether these ports are blocked.</source>
        <translation>Aucun port de %1 n&apos;a répondu (%2) : un pare-feu ignore les connexions, ou le serveur est arrêté. Essayez depuis un autre réseau, ou demandez à l&apos;administrateur du réseau si ces ports sont bloqués.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not offer STARTTLS on port %2: the connection would stay unencrypted, so it is not used. Use implicit TLS (ports 993, 995, 465) if the server has it, or ask the provider to enable STARTTLS.</source>
        <translation>%1 ne propose pas STARTTLS sur le port %2 : la connexion resterait non chiffrée, elle n&apos;est donc pas utilisée. Utilisez le TLS implicite (ports 993, 995, 465) si le serveur le propose, ou demandez au fournisseur d&apos;activer STARTTLS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 offers only TLS 1.0 or 1.1, which are no longer secure (RFC 8996), so it is not used. Ask the provider to enable TLS 1.2 or 1.3.</source>
        <translation>%1 ne propose que TLS 1.0 ou 1.1, qui ne sont plus sûrs (RFC 8996) ; il n&apos;est donc pas utilisé. Demandez au fournisseur d&apos;activer TLS 1.2 ou 1.3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The certificate of %1 has expired. The server&apos;s administrator must renew it; until then the connection cannot be verified.</source>
        <translation>Le certificat de %1 a expiré. L&apos;administrateur du serveur doit le renouveler ; d&apos;ici là, la connexion ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate of %1 expired on %2. The server&apos;s administrator must renew it; until then the connection cannot be verified.</source>
        <translation>Le certificat de %1 a expiré le %2. L&apos;administrateur du serveur doit le renouveler ; d&apos;ici là, la connexion ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate of %1 is for another name: the certificate is wrong or someone is intercepting the connection. Ask the provider for the right server name.</source>
        <translation>Le certificat de %1 est établi pour un autre nom : le certificat est erroné ou quelqu&apos;un intercepte la connexion. Demandez au fournisseur le bon nom de serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate of %1 is for %2, not for that name. If your provider&apos;s server goes by one of those names, use it instead; otherwise the certificate is wrong or someone is intercepting the connection.</source>
        <translation>Le certificat de %1 est établi pour %2, pas pour ce nom. Si le serveur de votre fournisseur porte l&apos;un de ces noms, utilisez-le ; sinon le certificat est erroné ou quelqu&apos;un intercepte la connexion.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 presents a self-signed certificate that nobody vouches for. Accept it only if your administrator confirms its fingerprint.</source>
        <translation>%1 présente un certificat auto-signé dont personne ne se porte garant. Ne l&apos;acceptez que si votre administrateur confirme son empreinte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 presents a self-signed certificate (for %2) that nobody vouches for. Accept it only if its fingerprint %3 matches the one your administrator gives you.</source>
        <translation>%1 présente un certificat auto-signé (pour %2) dont personne ne se porte garant. Ne l&apos;acceptez que si son empreinte %3 correspond à celle que vous donne votre administrateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate of %1 is not trusted on this computer. If your organisation runs its own certificate authority, install its certificate; otherwise ask the administrator.</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé sur cet ordinateur. Si votre organisation gère sa propre autorité de certification, installez son certificat ; sinon, demandez à l&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate of %1 (for %2, issued by %3) is not trusted on this computer. If your organisation runs its own certificate authority, install its certificate; otherwise ask the administrator.</source>
        <translation>Le certificat de %1 (pour %2, émis par %3) n&apos;est pas approuvé sur cet ordinateur. Si votre organisation gère sa propre autorité de certification, installez son certificat ; sinon, demandez à l&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 with implicit TLS</source>
        <translation>%1 avec TLS implicite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 with STARTTLS</source>
        <translation>%1 avec STARTTLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 without encryption</source>
        <translation>%1 sans chiffrement</translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message>
        <location filename="../app/cli/DiscoverCommand.cpp" line="+54"/>
        <source>Find, check and rank the servers for an address, a domain or a host.</source>
        <translation>Trouver, vérifier et classer les serveurs d&apos;une adresse, d&apos;un domaine ou d&apos;un hôte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give exactly one ADDRESS (an e-mail address, a domain or a host)</source>
        <translation>indiquez exactement une ADRESSE (une adresse e-mail, un domaine ou un hôte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not usable: %2</source>
        <translation>« %1 » n&apos;est pas utilisable : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--ispdb-url needs an http:// or https:// URL</source>
        <translation>--ispdb-url nécessite une URL http:// ou https://</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--autoconfig-url needs an http:// or https:// URL</source>
        <translation>--autoconfig-url nécessite une URL http:// ou https://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--dns-server needs an IP address, not &quot;%1&quot;</source>
        <translation>--dns-server nécessite une adresse IP, pas « %1 »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no PEM certificate in &quot;%1&quot;</source>
        <translation>aucun certificat PEM dans « %1 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout must be a number of seconds above 0</source>
        <translation>--timeout doit être un nombre de secondes supérieur à 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connect-timeout must be a number of seconds above 0</source>
        <translation>--connect-timeout doit être un nombre de secondes supérieur à 0</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An e-mail address, a domain, or a host[:port].</source>
        <translation>Une adresse e-mail, un domaine ou un hôte[:port].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only list the candidate servers and where they came from; probe nothing.</source>
        <translation>Lister seulement les serveurs candidats et leur origine ; ne rien sonder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object (schema mailscout.discovery/1, or mailscout.candidates/1 with --list-candidates).</source>
        <translation>Afficher un objet JSON (schéma mailscout.discovery/1, ou mailscout.candidates/1 avec --list-candidates).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the login of the recommended servers with the password on the first line of standard input.</source>
        <translation>Vérifier la connexion aux serveurs recommandés avec le mot de passe de la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming protocol to prefer: imap (default) or pop3.</source>
        <translation>Protocole entrant à privilégier : imap (par défaut) ou pop3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also export the recommended configuration in this format (see export --list-formats).</source>
        <translation>Exporter aussi la configuration recommandée dans ce format (voir export --list-formats).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --export: write it to this file instead of standard output.</source>
        <translation>Avec --export : l&apos;écrire dans ce fichier au lieu de la sortie standard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base URL of the ISP database (default %1).</source>
        <translation>URL de base de la base de données des FAI (par défaut %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the domain&apos;s autoconfig document from this URL only.</source>
        <translation>Récupérer le document autoconfig du domaine uniquement depuis cette URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask this DNS server (an IP address, port 53) for MX and SRV records.</source>
        <translation>Interroger ce serveur DNS (une adresse IP, port 53) pour les enregistrements MX et SRV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOST1:PORT1:HOST2:PORT2 — connect there instead, as curl does (repeatable).</source>
        <translation>HOST1:PORT1:HOST2:PORT2 — se connecter là à la place, comme le fait curl (répétable).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOST:PORT:ADDRESS — use this address for HOST, as curl does (repeatable).</source>
        <translation>HOST:PORT:ADRESSE — utiliser cette adresse pour HOST, comme le fait curl (répétable).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the CA certificates in this PEM file (repeatable).</source>
        <translation>Faire aussi confiance aux certificats d&apos;AC de ce fichier PEM (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use only the bundled provider data and the given host: no network at all.</source>
        <translation>Utiliser uniquement les données de fournisseurs intégrées et l&apos;hôte indiqué : aucun réseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not guess server names from the domain.</source>
        <translation>Ne pas deviner de noms de serveur à partir du domaine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds each source may take (default 15).</source>
        <translation>Secondes accordées à chaque source (15 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds a connection may take before its port counts as filtered for good (default 10). A port silent far longer than the server&apos;s round-trip time is reported filtered (likely) sooner; the wait goes on in the background and a late answer revises the result.</source>
        <translation>Secondes accordées à une connexion avant que son port soit définitivement considéré comme filtré (10 par défaut). Un port muet bien plus longtemps que le temps d&apos;aller-retour du serveur est signalé plus tôt comme probablement filtré ; l&apos;attente continue en arrière-plan et une réponse tardive corrige le résultat.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--protocol takes imap or pop3, not &quot;%1&quot;</source>
        <translation>--protocol accepte imap ou pop3, pas « %1 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown export format &quot;%1&quot;; see export --list-formats</source>
        <translation>format d&apos;export inconnu « %1 » ; voir export --list-formats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--export needs -o FILE (standard output carries the results)</source>
        <translation>--export nécessite -o FICHIER (la sortie standard contient les résultats)</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n candidate(s):</source>
        <translation>
            <numerusform>%n candidat :</numerusform>
            <numerusform>%n candidats :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT trusted</source>
        <translation>PAS de confiance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>user name: %1; authentication: %2</source>
        <translation>nom d&apos;utilisateur : %1 ; authentification : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1 candidate(s), %2 checked, %3 running, %4 s</source>
        <translation>
            <numerusform>%1 candidat, %2 vérifiés, %3 en cours, %4 s</numerusform>
            <numerusform>%1 candidats, %2 vérifiés, %3 en cours, %4 s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The answer is certain; waiting for the remaining checks.</source>
        <translation>La réponse est certaine ; attente des vérifications restantes.</translation>
    </message>
</context>
<context>
    <name>DiscoveryDocument</name>
    <message>
        <location filename="../core/report/DiscoveryDocument.cpp" line="+174"/>
        <source>This is not a discovery result (schema %1).</source>
        <translation>Ceci n&apos;est pas un résultat de découverte (schéma %1).</translation>
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
        <translation>aucune (non chiffré)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Protocol:  %1</source>
        <translation>Protocole : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:    %1</source>
        <translation>Serveur :  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:      %1</source>
        <translation>Port :     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:  %1</source>
        <translation>Sécurité : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username:  %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login:     %1</source>
        <translation>Connexion : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OAuth2 (sign in through the provider)</source>
        <translation>OAuth2 (connexion via le fournisseur)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>normal password</source>
        <translation>mot de passe normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login was verified on this server.</source>
        <translation>Votre connexion a été vérifiée sur ce serveur.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>starttls</source>
        <translation>starttls</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>secure</source>
        <translation>sûr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>insecure</source>
        <translation>non sûr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filtered</source>
        <translation>filtré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>filtered?</source>
        <translation>filtré ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cert</source>
        <translation>certif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no-tls</source>
        <translation>sans TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No secure configuration was found for %1.</source>
        <translation>Aucune configuration sûre n&apos;a été trouvée pour %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended settings for %1</source>
        <translation>Paramètres recommandés pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming mail</source>
        <translation>Courrier entrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing mail</source>
        <translation>Courrier sortant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This provider requires OAuth2 sign-in (or an app password).</source>
        <translation>Ce fournisseur exige une connexion OAuth2 (ou un mot de passe d&apos;application).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alternatives:</source>
        <translation>Alternatives :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnosis:</source>
        <translation>Diagnostic :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revised after a late answer:</source>
        <translation>Corrigé après une réponse tardive :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ports checked:</source>
        <translation>Ports vérifiés :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settled after %1 ms, finished after %2 ms.</source>
        <translation>Réponse certaine après %1 ms, terminé après %2 ms.</translation>
    </message>
</context>
<context>
    <name>DnsAnswer</name>
    <message>
        <location filename="../core/discovery/DnsResolver.cpp" line="+8"/>
        <source>%1 has no such record.</source>
        <translation>%1 n’a pas d’enregistrement de ce type.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The DNS lookup of %1 failed: %2</source>
        <translation>La requête DNS pour %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>DnsMessage</name>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="+33"/>
        <source>the answer is not a DNS message</source>
        <translation>la réponse n’est pas un message DNS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the answer is cut short or malformed</source>
        <translation>la réponse est tronquée ou mal formée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a record is too short for its type</source>
        <translation>un enregistrement est trop court pour son type</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a record names no valid host</source>
        <translation>un enregistrement ne nomme aucun hôte valide</translation>
    </message>
    <message>
        <location filename="../core/discovery/SystemDnsResolver.cpp" line="+64"/>
        <source>the system&apos;s resolver configuration cannot be read</source>
        <translation>la configuration du résolveur du système est illisible</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no DNS server answered, or it failed (SERVFAIL)</source>
        <translation>aucun serveur DNS n’a répondu, ou il a échoué (SERVFAIL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the DNS server refused the query or did not understand it</source>
        <translation>le serveur DNS a refusé la requête ou ne l’a pas comprise</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not a name DNS can look up</source>
        <translation>ce n’est pas un nom que le DNS peut résoudre</translation>
    </message>
</context>
<context>
    <name>DnsZoneExporter</name>
    <message>
        <location filename="../core/export/DnsZoneExporter.cpp" line="+36"/>
        <source>DNS SRV records</source>
        <translation>Enregistrements DNS SRV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RFC 6186/8314 SRV records for the zone file (publish the thunderbird export beside them)</source>
        <translation>Enregistrements SRV RFC 6186/8314 pour le fichier de zone (publiez l&apos;export thunderbird à côté)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An SRV record must name a host, not the address %1.</source>
        <translation>Un enregistrement SRV doit indiquer un hôte, pas l&apos;adresse %1.</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <location filename="../core/discovery/EmailAddress.cpp" line="+466"/>
        <source>Enter an e-mail address, a domain or a server name.</source>
        <translation>Saisissez une adresse e-mail, un domaine ou un nom de serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address is too long: an e-mail address has at most 254 characters.</source>
        <translation>L&apos;adresse est trop longue : une adresse e-mail compte au plus 254 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address contains a space.</source>
        <translation>L&apos;adresse contient une espace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address has no @: enter it as name@example.com.</source>
        <translation>L&apos;adresse n&apos;a pas de @ : saisissez-la sous la forme nom@example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address contains more than one @.</source>
        <translation>L&apos;adresse contient plus d&apos;un @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing before the @.</source>
        <translation>Il n&apos;y a rien avant le @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part before the @ is too long: it has at most 64 characters.</source>
        <translation>La partie avant le @ est trop longue : elle compte au plus 64 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part before the @ cannot start or end with a dot or contain two dots in a row.</source>
        <translation>La partie avant le @ ne peut ni commencer ni finir par un point, ni contenir deux points consécutifs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part before the @ contains a character that is not allowed there.</source>
        <translation>La partie avant le @ contient un caractère qui n&apos;y est pas autorisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quotation mark in the address is not closed.</source>
        <translation>Un guillemet de l&apos;adresse n&apos;est pas fermé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bracket in the address is not closed.</source>
        <translation>Un crochet de l&apos;adresse n&apos;est pas fermé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no domain after the @.</source>
        <translation>Il n&apos;y a pas de domaine après le @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain has no dot: enter the full domain, such as example.com.</source>
        <translation>Le domaine n&apos;a pas de point : saisissez le domaine complet, comme example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain contains two dots in a row or starts with a dot.</source>
        <translation>Le domaine contient deux points consécutifs ou commence par un point.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A part of the domain between two dots is longer than 63 characters.</source>
        <translation>Une partie du domaine entre deux points dépasse 63 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain is longer than 253 characters.</source>
        <translation>Le domaine dépasse 253 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A part of the domain starts or ends with a hyphen.</source>
        <translation>Une partie du domaine commence ou finit par un trait d&apos;union.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain contains a character that is not allowed in domain names.</source>
        <translation>Le domaine contient un caractère interdit dans les noms de domaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain is not a valid internationalized domain name.</source>
        <translation>Le domaine n&apos;est pas un nom de domaine internationalisé valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain ends in a number, so it is neither a domain name nor an IP address.</source>
        <translation>Le domaine se termine par un nombre : ce n&apos;est ni un nom de domaine ni une adresse IP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address names an IP address instead of a domain, so there is no provider to discover.</source>
        <translation>L&apos;adresse indique une adresse IP au lieu d&apos;un domaine : il n&apos;y a donc aucun fournisseur à découvrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid IP address.</source>
        <translation>Ce n&apos;est pas une adresse IP valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-mail address has no port: enter the server and port separately.</source>
        <translation>Une adresse e-mail n&apos;a pas de port : saisissez le serveur et le port séparément.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be a number.</source>
        <translation>Le port doit être un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+47"/>
        <source>Write a configuration found by discover for a mail client (Thunderbird, Outlook, Apple, ...).</source>
        <translation>Écrire une configuration trouvée par discover pour un logiciel de messagerie (Thunderbird, Outlook, Apple, ...).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not write to standard output</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot set the permissions of &quot;%1&quot;: %2</source>
        <translation>impossible de définir les permissions de « %1 » : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The export format (see --list-formats).</source>
        <translation>Le format d&apos;export (voir --list-formats).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The result of &quot;mailscout-cli discover --json&quot;.</source>
        <translation>Le résultat de « mailscout-cli discover --json ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the configuration with this rank (default 1, the recommended one).</source>
        <translation>Exporter la configuration de ce rang (1 par défaut, la recommandée).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to this file (with the permissions the client needs) instead of standard output.</source>
        <translation>Écrire dans ce fichier (avec les permissions dont le logiciel a besoin) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your full name, for the From: line.</source>
        <translation>Votre nom complet, pour la ligne From:.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the mail program calls the account.</source>
        <translation>Le nom que le logiciel de messagerie donne au compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PEM file of CA certificates the client should trust.</source>
        <translation>Un fichier PEM de certificats d&apos;AC auxquels le logiciel doit faire confiance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the Apple profile with this certificate (PEM).</source>
        <translation>Signer le profil Apple avec ce certificat (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate&apos;s private key (PEM); an encrypted one is read with the passphrase in MAILSCOUT_SIGNING_KEY_PASSPHRASE.</source>
        <translation>La clé privée du certificat (PEM) ; une clé chiffrée est lue avec la phrase secrète de MAILSCOUT_SIGNING_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the export formats and exit.</source>
        <translation>Lister les formats d&apos;export et quitter.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format is required (see --list-formats)</source>
        <translation>--format est requis (voir --list-formats)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown format &quot;%1&quot; (see --list-formats)</source>
        <translation>format inconnu « %1 » (voir --list-formats)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--from RESULT.json is required</source>
        <translation>--from RÉSULTAT.json est requis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--configuration must be a number from 1 up</source>
        <translation>--configuration doit être un nombre à partir de 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sign-cert and --sign-key go together</source>
        <translation>--sign-cert et --sign-key vont ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA file &quot;%1&quot; does not exist</source>
        <translation>le fichier d&apos;AC « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is too large for a discovery result</source>
        <translation>« %1 » est trop volumineux pour un résultat de découverte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a JSON object: %2</source>
        <translation>« %1 » n&apos;est pas un objet JSON : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a discovery result (schema mailscout.discovery/1)</source>
        <translation>« %1 » n&apos;est pas un résultat de découverte (schéma mailscout.discovery/1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the discovery result names no address</source>
        <translation>le résultat de découverte n&apos;indique aucune adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>configurations[%1].%2</source>
        <translation>configurations[%1].%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the discovery result has no configuration to export</source>
        <translation>le résultat de découverte ne contient aucune configuration à exporter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no configuration has rank %1 (ranks %2 to %3)</source>
        <translation>aucune configuration n&apos;a le rang %1 (rangs %2 à %3)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../core/export/Exporter.cpp" line="+52"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is neither an e-mail address nor a domain.</source>
        <translation>« %1 » n&apos;est ni une adresse e-mail ni un domaine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A name or path contains a line break or another control character.</source>
        <translation>Un nom ou un chemin contient un saut de ligne ou un autre caractère de contrôle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This format needs the whole discovery result (mailscout.discovery/1), not only a configuration.</source>
        <translation>Ce format nécessite le résultat de découverte complet (mailscout.discovery/1), pas seulement une configuration.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The incoming server must use IMAP or POP3 and the outgoing server SMTP.</source>
        <translation>Le serveur entrant doit utiliser IMAP ou POP3, et le serveur sortant SMTP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>« %1 » n&apos;est pas un nom de serveur valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port of %1 is missing.</source>
        <translation>Le port de %1 manque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name contains a line break or another control character.</source>
        <translation>Un nom d&apos;utilisateur contient un saut de ligne ou un autre caractère de contrôle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not encrypted: Mailscout does not export a configuration that would send the password in plain text.</source>
        <translation>%1 n&apos;est pas chiffré : Mailscout n&apos;exporte pas une configuration qui enverrait le mot de passe en clair.</translation>
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
        <translation>entrée poll de fetchmailrc (mode de fichier 0600) ; fetchmail demande le mot de passe ou lit ~/.netrc</translation>
    </message>
</context>
<context>
    <name>HelpdeskReport</name>
    <message>
        <location filename="../core/export/HelpdeskReport.cpp" line="+76"/>
        <source>normal password</source>
        <translation>mot de passe normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted password (CRAM-MD5)</source>
        <translation>mot de passe chiffré (CRAM-MD5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 (sign in through the provider&apos;s web page)</source>
        <translation>OAuth2 (connexion via la page web du fournisseur)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report made</source>
        <translation>Rapport créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check took</source>
        <translation>La vérification a duré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer certain after</source>
        <translation>Réponse certaine après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms: %2</source>
        <translation>%1 ms : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check was cancelled before it finished: the results are incomplete.</source>
        <translation>La vérification a été annulée avant la fin : les résultats sont incomplets.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+30"/>
        <source>Incoming mail</source>
        <translation>Courrier entrant</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Outgoing mail</source>
        <translation>Courrier sortant</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login verified</source>
        <translation>Connexion vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not tried</source>
        <translation>pas tenté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This provider requires OAuth2 or an app password: a normal password will be refused.</source>
        <translation>Ce fournisseur exige OAuth2 ou un mot de passe d&apos;application : un mot de passe normal sera refusé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why these settings:</source>
        <translation>Pourquoi ces paramètres :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good to know:</source>
        <translation>Bon à savoir :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no alternatives.</source>
        <translation>Il n&apos;y a pas d&apos;alternative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing wrong was found.</source>
        <translation>Aucun problème n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No port was checked.</source>
        <translation>Aucun port n&apos;a été vérifié.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each cell says in words how the port answered; the colour only repeats it: green works securely, yellow answers but not safely, red does not work.</source>
        <translation>Chaque cellule dit en toutes lettres comment le port a répondu ; la couleur ne fait que le répéter : vert fonctionne de façon sûre, jaune répond mais pas de façon sûre, rouge ne fonctionne pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the settings came from</source>
        <translation>D&apos;où viennent les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mail server report for %1</source>
        <translation>Rapport de serveur de messagerie pour %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommended settings</source>
        <translation>Paramètres recommandés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure configuration was found: see the diagnosis and the port matrix.</source>
        <translation>Aucune configuration sûre n&apos;a été trouvée : voir le diagnostic et la matrice des ports.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is not part of this report: the user types it into the mail program.</source>
        <translation>Le mot de passe ne fait pas partie de ce rapport : l&apos;utilisateur le saisit dans le logiciel de messagerie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port matrix</source>
        <translation>Matrice des ports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every check in detail</source>
        <translation>Chaque vérification en détail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made by Mailscout. Transcripts show &lt;redacted&gt; where a credential was sent; no password is part of this report.</source>
        <translation>Créé par Mailscout. Les transcriptions affichent &lt;redacted&gt; là où un identifiant a été envoyé ; aucun mot de passe ne fait partie de ce rapport.</translation>
    </message>
</context>
<context>
    <name>HostTrust</name>
    <message>
        <location filename="../core/discovery/HostTrust.cpp" line="+19"/>
        <source>%1 came from %2, which is not authenticated, but lies within the e-mail domain %3.</source>
        <translation>%1 provient de %2, qui n&apos;est pas authentifié, mais se trouve dans le domaine de messagerie %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 came from %2, which is not authenticated, and lies outside the e-mail domain %3: confirm the server before trusting its certificate.</source>
        <translation>%1 provient de %2, qui n&apos;est pas authentifié, et se trouve hors du domaine de messagerie %3 : confirmez le serveur avant de faire confiance à son certificat.</translation>
    </message>
</context>
<context>
    <name>HtmlSheetExporter</name>
    <message>
        <location filename="../core/export/HtmlSheetExporter.cpp" line="+29"/>
        <source>Settings sheet (HTML)</source>
        <translation>Fiche de paramètres (HTML)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTML settings sheet a person can read and type from: recommended settings and alternatives</source>
        <translation>Fiche de paramètres HTML qu&apos;une personne peut lire et recopier : paramètres recommandés et alternatives</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS (chiffré dès le début)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (encryption switched on after connecting)</source>
        <translation>STARTTLS (chiffrement activé après la connexion)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Normal password</source>
        <translation>Mot de passe normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted password (CRAM-MD5)</source>
        <translation>Mot de passe chiffré (CRAM-MD5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 (sign in through the provider&apos;s web page)</source>
        <translation>OAuth2 (connexion via la page web du fournisseur)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outgoing (SMTP)</source>
        <translation>Sortant (SMTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming (%1)</source>
        <translation>Entrant (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mail settings for %1</source>
        <translation>Paramètres de messagerie pour %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended settings</source>
        <translation>Paramètres recommandés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your password is not part of this sheet: type it into the mail program yourself.</source>
        <translation>Votre mot de passe ne figure pas sur cette fiche : saisissez-le vous-même dans le logiciel de messagerie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This provider requires OAuth2 or an app password: a normal password will be refused.</source>
        <translation>Ce fournisseur exige OAuth2 ou un mot de passe d&apos;application : un mot de passe normal sera refusé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why these settings</source>
        <translation>Pourquoi ces paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alternatives, if the recommended settings do not work</source>
        <translation>Alternatives, si les paramètres recommandés ne fonctionnent pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found and checked by Mailscout.</source>
        <translation>Trouvé et vérifié par Mailscout.</translation>
    </message>
</context>
<context>
    <name>ImapDialog</name>
    <message>
        <location filename="../core/probe/ImapDialog.cpp" line="+84"/>
        <source>The server says: %1</source>
        <translation>Le serveur dit : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server asked for data nobody announced.</source>
        <translation>Le serveur a demandé des données que personne n&apos;a annoncées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server closed the session: %1</source>
        <translation>Le serveur a fermé la session : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered a command that was never sent.</source>
        <translation>Le serveur a répondu à une commande qui n&apos;a jamais été envoyée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server refuses connections: %1</source>
        <translation>Le serveur refuse les connexions : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server greeted with PREAUTH before TLS, which makes STARTTLS impossible; nothing was sent.</source>
        <translation>Le serveur a répondu PREAUTH avant TLS, ce qui rend STARTTLS impossible ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server logs everyone in without a password (PREAUTH).</source>
        <translation>Le serveur connecte tout le monde sans mot de passe (PREAUTH).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server refused CAPABILITY: %1</source>
        <translation>Le serveur a refusé CAPABILITY : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not list its capabilities.</source>
        <translation>Le serveur n&apos;a pas listé ses capacités.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server advertised STARTTLS but refused it: %1</source>
        <translation>Le serveur a annoncé STARTTLS mais l&apos;a refusé : %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server does not offer STARTTLS.</source>
        <translation>Le serveur ne propose pas STARTTLS.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not attempted: the server logged us in without a password (PREAUTH).</source>
        <translation>Pas tenté : le serveur nous a connectés sans mot de passe (PREAUTH).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not attempted: the server disabled LOGIN here.</source>
        <translation>Pas tenté : le serveur a désactivé LOGIN ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not attempted: this user name or password needs SASL, which the server does not offer.</source>
        <translation>Pas tenté : ce nom d&apos;utilisateur ou ce mot de passe nécessite SASL, que le serveur ne propose pas.</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <location filename="../core/export/JsonExporter.cpp" line="+12"/>
        <source>Discovery result (JSON)</source>
        <translation>Résultat de découverte (JSON)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The whole run as JSON (mailscout.discovery/1): candidates, probes, configurations, diagnosis</source>
        <translation>L&apos;exécution complète en JSON (mailscout.discovery/1) : candidats, sondes, configurations, diagnostic</translation>
    </message>
</context>
<context>
    <name>K9Exporter</name>
    <message>
        <location filename="../core/export/K9Exporter.cpp" line="+49"/>
        <source>K-9 Mail / Thunderbird for Android</source>
        <translation>K-9 Mail / Thunderbird pour Android</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>K-9 Mail / Thunderbird for Android settings file (.k9s), one account, no password</source>
        <translation>Fichier de paramètres K-9 Mail / Thunderbird pour Android (.k9s), un compte, sans mot de passe</translation>
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
        <translation>mbsyncrc pour isync/mbsync 1.4 et 1.5 : le compte IMAP copié dans un Maildir local</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mbsync only speaks IMAP; this configuration fetches mail with POP3.</source>
        <translation>mbsync ne parle qu&apos;IMAP ; cette configuration récupère le courrier en POP3.</translation>
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
        <translation>msmtprc pour msmtp, le remplaçant de sendmail (mode de fichier 0600)</translation>
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
        <translation>Fragment de configuration NeoMutt à inclure depuis neomuttrc (mot de passe par commande)</translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <location filename="../ui/OutcomeStyle.cpp" line="+44"/>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure</source>
        <translation>sûr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>insecure</source>
        <translation>non sûr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filtered?</source>
        <translation>filtré ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filtered</source>
        <translation>filtré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No source named this port, so it was not checked.</source>
        <translation>Aucune source n&apos;a indiqué ce port, il n&apos;a donc pas été vérifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be checked.</source>
        <translation>En attente de vérification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being checked now.</source>
        <translation>En cours de vérification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works, encrypted from the first byte with a trusted certificate.</source>
        <translation>Fonctionne, chiffré dès le premier octet avec un certificat de confiance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works, encrypted, with a certificate you accepted for this server.</source>
        <translation>Fonctionne, chiffré, avec un certificat que vous avez accepté pour ce serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works, encrypted after STARTTLS with a trusted certificate.</source>
        <translation>Fonctionne, chiffré après STARTTLS avec un certificat de confiance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers, but not safely: no encryption or a deprecated protocol.</source>
        <translation>Répond, mais pas de façon sûre : pas de chiffrement ou un protocole obsolète.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers, but its certificate cannot be trusted.</source>
        <translation>Répond, mais son certificat n&apos;est pas digne de confiance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing listens here, or a firewall rejects the connection.</source>
        <translation>Rien n&apos;écoute ici, ou un pare-feu refuse la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer yet, long after the server answered on other ports: most likely a firewall. Mailscout keeps waiting in the background.</source>
        <translation>Pas encore de réponse, bien après que le serveur a répondu sur d&apos;autres ports : très probablement un pare-feu. Mailscout continue d&apos;attendre en arrière-plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer at all: usually a firewall that drops the connection.</source>
        <translation>Aucune réponse : généralement un pare-feu qui ignore la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something answered, but not as a mail server should.</source>
        <translation>Quelque chose a répondu, mais pas comme un serveur de messagerie le devrait.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was stopped before it finished.</source>
        <translation>La vérification a été arrêtée avant la fin.</translation>
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
        <translation>Réponse Outlook Autodiscover (POX) pour IMAP/POP3 + SMTP, le fichier vers lequel pointe l&apos;export outlook-reg</translation>
    </message>
</context>
<context>
    <name>OutlookRegExporter</name>
    <message>
        <location filename="../core/export/OutlookRegExporter.cpp" line="+22"/>
        <source>Outlook registry file</source>
        <translation>Fichier de registre Outlook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows .reg that makes classic Outlook (Office 16.0) read the Autodiscover export locally</source>
        <translation>.reg Windows qui fait lire localement l&apos;export Autodiscover par Outlook classique (Office 16.0)</translation>
    </message>
</context>
<context>
    <name>ParseError</name>
    <message>
        <location filename="../core/probe/ParseError.cpp" line="+14"/>
        <source>The server sent a line longer than any mail server needs.</source>
        <translation>Le serveur a envoyé une ligne plus longue que ce dont un serveur de messagerie a besoin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent a reply with far too many lines.</source>
        <translation>Le serveur a envoyé une réponse avec beaucoup trop de lignes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent far more data than a mail server does.</source>
        <translation>Le serveur a envoyé bien plus de données qu&apos;un serveur de messagerie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer does not follow the protocol.</source>
        <translation>La réponse du serveur ne respecte pas le protocole.</translation>
    </message>
</context>
<context>
    <name>Pop3Dialog</name>
    <message>
        <location filename="../core/probe/Pop3Dialog.cpp" line="+61"/>
        <source>The server refuses to talk: %1</source>
        <translation>Le serveur refuse de communiquer : %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The server advertised STLS but refused it: %1</source>
        <translation>Le serveur a annoncé STLS mais l&apos;a refusé : %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server does not offer STLS.</source>
        <translation>Le serveur ne propose pas STLS.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not attempted: the server offers no login method here.</source>
        <translation>Pas tenté : le serveur ne propose ici aucune méthode de connexion.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="+45"/>
        <source>Check one server port: TCP, TLS or STARTTLS, capabilities, optionally a login.</source>
        <translation>Vérifier un port de serveur : TCP, TLS ou STARTTLS, capacités, éventuellement une connexion.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server name (or address) to check.</source>
        <translation>Le nom (ou l&apos;adresse) du serveur à vérifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smtp, imap or pop3.</source>
        <translation>smtp, imap ou pop3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The port (default: the standard port for the protocol and security).</source>
        <translation>Le port (par défaut : le port standard du protocole et de la sécurité).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tls (implicit TLS, the default), starttls or plain.</source>
        <translation>tls (TLS implicite, par défaut), starttls ou plain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a login as this user.</source>
        <translation>Vérifier une connexion avec cet utilisateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this SASL mechanism for the login (e.g. SCRAM-SHA-256).</source>
        <translation>Utiliser ce mécanisme SASL pour la connexion (p. ex. SCRAM-SHA-256).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow sending the password over an unencrypted or unverified connection to this server.</source>
        <translation>Autoriser l&apos;envoi du mot de passe par une connexion non chiffrée ou non vérifiée vers ce serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also trust the CA certificates in this PEM file (repeatable).</source>
        <translation>Faire aussi confiance aux certificats d&apos;AC de ce fichier PEM (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST1:PORT1:HOST2:PORT2 — connect there instead, as curl does (repeatable).</source>
        <translation>HOST1:PORT1:HOST2:PORT2 — se connecter là à la place, comme le fait curl (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT:ADDRESS — use this address for HOST, as curl does (repeatable).</source>
        <translation>HOST:PORT:ADRESSE — utiliser cette adresse pour HOST, comme le fait curl (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds to wait for a connection and for each answer (default 10).</source>
        <translation>Secondes d&apos;attente pour une connexion et pour chaque réponse (10 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object (schema mailscout.probe/1, see docs/json.md).</source>
        <translation>Afficher un objet JSON (schéma mailscout.probe/1, voir docs/json.md).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also print the dialogue with the server (passwords redacted).</source>
        <translation>Afficher aussi le dialogue avec le serveur (mots de passe masqués).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>give exactly one HOST</source>
        <translation>indiquez exactement un HÔTE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--protocol is required (smtp, imap or pop3)</source>
        <translation>--protocol est requis (smtp, imap ou pop3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown protocol &quot;%1&quot; (use smtp, imap or pop3)</source>
        <translation>protocole inconnu « %1 » (utilisez smtp, imap ou pop3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown security &quot;%1&quot; (use tls, starttls or plain)</source>
        <translation>sécurité inconnue « %1 » (utilisez tls, starttls ou plain)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>le port doit être un nombre de 1 à 65535, pas « %1 »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout must be a number of seconds above 0</source>
        <translation>--timeout doit être un nombre de secondes supérieur à 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA file &quot;%1&quot; does not exist</source>
        <translation>le fichier d&apos;AC « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no PEM certificate in &quot;%1&quot;</source>
        <translation>aucun certificat PEM dans « %1 »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--user and --password-stdin go together</source>
        <translation>--user et --password-stdin vont ensemble</translation>
    </message>
</context>
<context>
    <name>ProbeOutcome</name>
    <message>
        <location filename="../core/model/ProbeOutcome.cpp" line="+57"/>
        <source>The server answered and works.</source>
        <translation>Le serveur a répondu et fonctionne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server works and accepted the login.</source>
        <translation>Le serveur fonctionne et a accepté la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server works but refused the login.</source>
        <translation>Le serveur fonctionne mais a refusé la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection was refused: nothing listens on this port.</source>
        <translation>La connexion a été refusée : rien n&apos;écoute sur ce port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer in time: the port is probably blocked by a firewall or the ISP.</source>
        <translation>Pas de réponse à temps : le port est probablement bloqué par un pare-feu ou le fournisseur d&apos;accès.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network or host is unreachable from here.</source>
        <translation>Le réseau ou l&apos;hôte est injoignable d&apos;ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server name could not be found in DNS.</source>
        <translation>Le nom du serveur est introuvable dans le DNS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encrypted connection could not be set up.</source>
        <translation>La connexion chiffrée n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is for another name.</source>
        <translation>Le certificat du serveur est établi pour un autre nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Le certificat du serveur a expiré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not offer STARTTLS: the connection stays unencrypted.</source>
        <translation>Le serveur ne propose pas STARTTLS : la connexion reste non chiffrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data was injected before encryption started: someone may be tampering with the connection.</source>
        <translation>Des données ont été injectées avant le début du chiffrement : quelqu&apos;un altère peut-être la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something else answers on this port, not the expected mail protocol.</source>
        <translation>Autre chose répond sur ce port, pas le protocole de messagerie attendu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered with an error.</source>
        <translation>Le serveur a répondu par une erreur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
</context>
<context>
    <name>ProbeReportSection</name>
    <message>
        <location filename="../core/export/ProbeReportSection.cpp" line="+26"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not seen</source>
        <translation>non vu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucune</translation>
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
        <translation>aucune (non chiffré)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2:%3 (%4)</source>
        <translation>%1 %2:%3 (%4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>works</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>works, login accepted</source>
        <translation>fonctionne, connexion acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>works, but the login was refused</source>
        <translation>fonctionne, mais la connexion a été refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time (filtered?)</source>
        <translation>pas de réponse à temps (filtré ?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network or host unreachable</source>
        <translation>réseau ou hôte injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name not found in DNS</source>
        <translation>nom introuvable dans le DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS could not be set up</source>
        <translation>TLS n&apos;a pas pu être établi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate not trusted</source>
        <translation>certificat non approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate for another name</source>
        <translation>certificat établi pour un autre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate expired</source>
        <translation>certificat expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS non proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS injection attack detected</source>
        <translation>attaque par injection STARTTLS détectée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another service answers</source>
        <translation>un autre service répond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>secure (STARTTLS)</source>
        <translation>sûr (STARTTLS)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>secure</source>
        <translation>sûr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unencrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad certificate</source>
        <translation>certificat invalide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no STARTTLS</source>
        <translation>pas de STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+124"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>filtered</source>
        <translation>filtré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ATTACK</source>
        <translation>ATTAQUE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate subject</source>
        <translation>Sujet du certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names (SANs)</source>
        <translation>Noms (SAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 bits, signed with %3</source>
        <translation>%1, %2 bits, signé avec %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+104"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name matches</source>
        <translation>Le nom correspond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted by the user</source>
        <translation>Accepté par l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate errors</source>
        <translation>Erreurs de certificat</translation>
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
        <translation>non établi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outdated TLS</source>
        <translation>TLS obsolète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The server speaks only TLS 1.0/1.1 (RFC 8996).</source>
        <translation>Le serveur ne parle que TLS 1.0/1.1 (RFC 8996).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handshake error</source>
        <translation>Erreur de négociation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none received</source>
        <translation>aucun reçu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chain %1</source>
        <translation>Chaîne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, issued by %2, SHA-256 %3</source>
        <translation>%1, émis par %2, SHA-256 %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connect</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>greeting</source>
        <translation>accueil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>capabilities</source>
        <translation>capacités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 ms</source>
        <translation>%1 %2 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No transcript: nothing was exchanged.</source>
        <translation>Pas de transcription : rien n&apos;a été échangé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The transcript was cut off at its limit.</source>
        <translation>La transcription a été coupée à sa limite.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Greeting</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not attempted</source>
        <translation>pas tenté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities before TLS</source>
        <translation>Capacités avant TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities after TLS</source>
        <translation>Capacités après TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login methods</source>
        <translation>Méthodes de connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with %2: %3</source>
        <translation>%1 avec %2 : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check did:</source>
        <translation>Ce qu&apos;a fait la vérification :</translation>
    </message>
</context>
<context>
    <name>ProbeSummary</name>
    <message>
        <location filename="../core/report/ProbeSummary.cpp" line="+20"/>
        <source>works, secure</source>
        <translation>fonctionne, sûr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>works, NOT secure</source>
        <translation>fonctionne, PAS sûr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not work</source>
        <translation>ne fonctionne pas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 port %3 (%4): %5</source>
        <translation>%1 %2 port %3 (%4) : %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greeting</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trusted, name matches</source>
        <translation>de confiance, le nom correspond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, issued by %2, valid until %3 (%4)</source>
        <translation>%1, émis par %2, valide jusqu&apos;au %3 (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login methods</source>
        <translation>Méthodes de connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>accepted (%1)</source>
        <translation>accepté (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused (%1)</source>
        <translation>refusé (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dns</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connect</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tls</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>greeting</source>
        <translation>accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capabilities</source>
        <translation>capacités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>login</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 ms</source>
        <translation>%1 %2 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>ProfileSigner</name>
    <message>
        <location filename="../core/export/ProfileSigner.cpp" line="+24"/>
        <source>Cannot read &quot;%1&quot;.</source>
        <translation>Impossible de lire « %1 ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing needs the openssl command, which is not installed.</source>
        <translation>La signature nécessite la commande openssl, qui n&apos;est pas installée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not run openssl: %1</source>
        <translation>Impossible d&apos;exécuter openssl : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>openssl did not finish signing in time.</source>
        <translation>openssl n&apos;a pas terminé la signature à temps.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>openssl could not sign the profile: %1</source>
        <translation>openssl n&apos;a pas pu signer le profil : %1</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../core/probe/ProtocolDialog.cpp" line="+46"/>
        <source>Not attempted: the connection is not encrypted, and the password is only sent over verified TLS unless you allow it for this server.</source>
        <translation>Pas tenté : la connexion n&apos;est pas chiffrée, et le mot de passe n&apos;est envoyé que par un TLS vérifié, sauf si vous l&apos;autorisez pour ce serveur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not attempted: the server offers no login mechanism here.</source>
        <translation>Pas tenté : le serveur ne propose ici aucun mécanisme de connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not attempted: none of the server&apos;s login mechanisms (%1) is usable.</source>
        <translation>Pas tenté : aucun des mécanismes de connexion du serveur (%1) n&apos;est utilisable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not attempted: the %1 mechanism could not be started.</source>
        <translation>Pas tenté : le mécanisme %1 n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server answered with TLS: this port expects TLS from the first byte (implicit TLS).</source>
        <translation>Le serveur a répondu en TLS : ce port attend TLS dès le premier octet (TLS implicite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A web server (HTTP) answers on this port, not a mail server.</source>
        <translation>Un serveur web (HTTP) répond sur ce port, pas un serveur de messagerie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An SSH server answers on this port, not a mail server.</source>
        <translation>Un serveur SSH répond sur ce port, pas un serveur de messagerie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An SMTP server answers on this port, not %1.</source>
        <translation>Un serveur SMTP répond sur ce port, pas %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An IMAP server answers on this port, not %1.</source>
        <translation>Un serveur IMAP répond sur ce port, pas %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A POP3 server answers on this port, not %1.</source>
        <translation>Un serveur POP3 répond sur ce port, pas %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer is not %1.</source>
        <translation>La réponse du serveur n&apos;est pas du %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n byte(s) arrived after the server&apos;s STARTTLS go-ahead and before encryption: someone may be injecting data. The connection was dropped.</source>
        <translation>
            <numerusform>%n octet est arrivé après le feu vert STARTTLS du serveur et avant le chiffrement : quelqu&apos;un injecte peut-être des données. La connexion a été coupée.</numerusform>
            <numerusform>%n octets sont arrivés après le feu vert STARTTLS du serveur et avant le chiffrement : quelqu&apos;un injecte peut-être des données. La connexion a été coupée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ranker</name>
    <message>
        <location filename="../core/assess/Ranker.cpp" line="+59"/>
        <source>Unencrypted: never recommended, whatever the server answers.</source>
        <translation>Non chiffré : jamais recommandé, quelle que soit la réponse du serveur.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server accepted your login.</source>
        <translation>Le serveur a accepté votre connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered and listed what it supports.</source>
        <translation>Le serveur a répondu et a listé ce qu&apos;il prend en charge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its certificate is valid, trusted and issued for %1.</source>
        <translation>Son certificat est valide, de confiance et émis pour %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IMAP keeps your mail on the server, in step on all your devices.</source>
        <translation>IMAP garde vos messages sur le serveur, synchronisés sur tous vos appareils.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>POP3, as you asked.</source>
        <translation>POP3, comme demandé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port 25 is meant for mail between servers: many networks block it and many providers refuse logins there.</source>
        <translation>Le port 25 est prévu pour le courrier entre serveurs : beaucoup de réseaux le bloquent et beaucoup de fournisseurs y refusent les connexions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 is meant for mail programs (message submission).</source>
        <translation>Le port %1 est prévu pour les logiciels de messagerie (soumission de messages).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encrypted from the first byte (implicit TLS, RFC 8314).</source>
        <translation>Chiffré dès le premier octet (TLS implicite, RFC 8314).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted after an unencrypted start (STARTTLS).</source>
        <translation>Chiffré après un début non chiffré (STARTTLS).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TLS 1.3, the current version.</source>
        <translation>TLS 1.3, la version actuelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS 1.2.</source>
        <translation>TLS 1.2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a guess from common server names: no source named this server.</source>
        <translation>Simple supposition à partir de noms de serveur courants : aucune source n&apos;a indiqué ce serveur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Named by a trusted source: %1.</source>
        <translation>Indiqué par une source de confiance : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Named by %1, which could not be verified.</source>
        <translation>Indiqué par %1, qui n&apos;a pas pu être vérifié.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Ready for the login after %n network round trip(s).</source>
        <translation>
            <numerusform>Prêt pour la connexion après %n aller-retour réseau.</numerusform>
            <numerusform>Prêt pour la connexion après %n allers-retours réseau.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unencrypted: your password and mail would cross the network readable.</source>
        <translation>Non chiffré : votre mot de passe et vos messages traverseraient le réseau en clair.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1, which is insecure (RFC 8996).</source>
        <translation>Uniquement %1, qui n&apos;est pas sûr (RFC 8996).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate could not be verified.</source>
        <translation>Le certificat n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You accepted this server&apos;s certificate despite: %1.</source>
        <translation>Vous avez accepté le certificat de ce serveur malgré : %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the login: check the user name and the password.</source>
        <translation>Le serveur a refusé la connexion : vérifiez le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
</context>
<context>
    <name>ReportHtmlExporter</name>
    <message>
        <location filename="../core/export/ReportHtmlExporter.cpp" line="+11"/>
        <source>Helpdesk report (HTML)</source>
        <translation>Rapport pour le support (HTML)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helpdesk report as one HTML page: settings, diagnosis, port matrix, certificates, transcripts</source>
        <translation>Rapport pour le support en une page HTML : paramètres, diagnostic, matrice des ports, certificats, transcriptions</translation>
    </message>
</context>
<context>
    <name>ReportPdfExporter</name>
    <message>
        <location filename="../core/export/ReportPdfExporter.cpp" line="+11"/>
        <source>Helpdesk report (PDF)</source>
        <translation>Rapport pour le support (PDF)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helpdesk report as a PDF to attach to a ticket (made by mailscout-render)</source>
        <translation>Rapport pour le support en PDF à joindre à un ticket (créé par mailscout-render)</translation>
    </message>
</context>
<context>
    <name>Revision</name>
    <message>
        <location filename="../core/assess/Revision.cpp" line="+16"/>
        <source>%1 port %2 with implicit TLS</source>
        <translation>%1 port %2 avec TLS implicite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 port %2 with STARTTLS</source>
        <translation>%1 port %2 avec STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 port %2 without encryption</source>
        <translation>%1 port %2 sans chiffrement</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 port %2 answered late, after %3 s.</source>
        <translation>%1 port %2 a répondu tardivement, après %3 s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No secure incoming server is left.</source>
        <translation>Il ne reste aucun serveur entrant sûr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No secure outgoing server is left.</source>
        <translation>Il ne reste aucun serveur sortant sûr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming mail: %1.</source>
        <translation>Courrier entrant : %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing mail: %1.</source>
        <translation>Courrier sortant : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switching incoming mail to %1 (was %2).</source>
        <translation>Le courrier entrant passe à %1 (auparavant %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching outgoing mail to %1 (was %2).</source>
        <translation>Le courrier sortant passe à %1 (auparavant %2).</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <location filename="../core/probe/SmtpDialog.cpp" line="+56"/>
        <source>The server closed the session: %1 %2</source>
        <translation>Le serveur a fermé la session : %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server refuses to talk: %1</source>
        <translation>Le serveur refuse de communiquer : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server rejected EHLO and HELO: %1</source>
        <translation>Le serveur a refusé EHLO et HELO : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server advertised STARTTLS but refused it: %1 %2</source>
        <translation>Le serveur a annoncé STARTTLS mais l&apos;a refusé : %1 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server does not offer STARTTLS.</source>
        <translation>Le serveur ne propose pas STARTTLS.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The %1 mechanism failed on our side.</source>
        <translation>Le mécanisme %1 a échoué de notre côté.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server&apos;s login challenge could not be answered.</source>
        <translation>Impossible de répondre au défi de connexion du serveur.</translation>
    </message>
</context>
<context>
    <name>ThunderbirdExporter</name>
    <message>
        <location filename="../core/export/ThunderbirdExporter.cpp" line="+38"/>
        <source>Thunderbird autoconfig</source>
        <translation>Autoconfig Thunderbird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thunderbird autoconfig (clientConfig 1.1) to publish at autoconfig.DOMAIN or drop into isp/</source>
        <translation>Autoconfig Thunderbird (clientConfig 1.1) à publier sur autoconfig.DOMAINE ou à déposer dans isp/</translation>
    </message>
</context>
<context>
    <name>mailscout::AcceptCertificateDialog</name>
    <message>
        <location filename="../ui/AcceptCertificateDialog.cpp" line="+27"/>
        <source>Certificate of %1</source>
        <translation>Certificat de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of %1 cannot be trusted:</source>
        <translation>Le certificat de %1 n&apos;est pas digne de confiance :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHA-256 fingerprint — compare it with the one your provider or administrator gives you, character by character:</source>
        <translation>Empreinte SHA-256 — comparez-la caractère par caractère avec celle que vous donne votre fournisseur ou administrateur :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have compared the fingerprint and trust this certificate for %1 only</source>
        <translation>J&apos;ai comparé l&apos;empreinte et je fais confiance à ce certificat pour %1 uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept becomes possible once you confirm.</source>
        <translation>L&apos;acceptation devient possible une fois que vous avez confirmé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accept for this server</source>
        <translation>&amp;Accepter pour ce serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>mailscout::AccountPage</name>
    <message>
        <location filename="../ui/AccountPage.cpp" line="+32"/>
        <source>standard ports</source>
        <translation>ports standard</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Set up my mail account</source>
        <translation>&amp;Configurer mon compte de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;iagnose a server (for technicians)</source>
        <translation>&amp;Diagnostiquer un serveur (pour les techniciens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Server to diagnose</source>
        <translation>Serveur à diagnostiquer</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Verify my login with this password</source>
        <translation>&amp;Vérifier ma connexion avec ce mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;know my server</source>
        <translation>Je co&amp;nnais mon serveur</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+93"/>
        <source>Your mail account</source>
        <translation>Votre compte de messagerie</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Type your e-mail address. Mailscout finds the servers for it and checks each one.</source>
        <translation>Saisissez votre adresse e-mail. Mailscout trouve ses serveurs et vérifie chacun d&apos;eux.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Find and check the settings for an e-mail address.</source>
        <translation>Trouver et vérifier les paramètres d&apos;une adresse e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every standard mail port of one server.</source>
        <translation>Vérifier chaque port de messagerie standard d&apos;un serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; shown to the people you write to.</source>
        <translation>Facultatif ; affiché aux personnes à qui vous écrivez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Used only to verify your login, never stored.</source>
        <translation>Facultatif. Utilisé uniquement pour vérifier votre connexion, jamais enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, never stored</source>
        <translation>facultatif, jamais enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sends the password to the recommended servers only, and only over a verified encrypted connection.</source>
        <translation>N&apos;envoie le mot de passe qu&apos;aux serveurs recommandés, et uniquement par une connexion chiffrée vérifiée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also check a server you name yourself.</source>
        <translation>Vérifier aussi un serveur que vous indiquez vous-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your server</source>
        <translation>Votre serveur</translation>
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
        <translation>Port de votre serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave at &quot;standard ports&quot; unless your provider gave you a port.</source>
        <translation>Laissez « ports standard » sauf si votre fournisseur vous a donné un port.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none, or e.g. 2525, 10993</source>
        <translation>aucun, ou p. ex. 2525, 10993</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra ports</source>
        <translation>Ports supplémentaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Non-standard ports to check besides the seven standard ones, separated by commas.</source>
        <translation>Ports non standard à vérifier en plus des sept ports standard, séparés par des virgules.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Your na&amp;me:</source>
        <translation>Votre no&amp;m :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hos&amp;t:</source>
        <translation>Hô&amp;te :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtra ports:</source>
        <translation>Ports supp&amp;lémentaires :</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Diagnose a server</source>
        <translation>Diagnostiquer un serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailscout checks the seven standard mail ports of this server, and any extra ones you give.</source>
        <translation>Mailscout vérifie les sept ports de messagerie standard de ce serveur, et tous les ports supplémentaires que vous indiquez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ports are numbers from 1 to 65535, separated by commas.</source>
        <translation>Les ports sont des nombres de 1 à 65535, séparés par des virgules.</translation>
    </message>
</context>
<context>
    <name>mailscout::AutoconfigSource</name>
    <message>
        <location filename="../core/discovery/AutoconfigSource.cpp" line="+91"/>
        <source>There is no URL to ask.</source>
        <translation>Il n&apos;y a aucune URL à interroger.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is not a usable clientConfig document: %2</source>
        <translation>%1 n&apos;est pas un document clientConfig utilisable : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Named by %1 over HTTPS with a verified certificate.</source>
        <translation>Indiqué par %1 en HTTPS avec un certificat vérifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named by %1 over unencrypted HTTP, which anybody on the path can alter: confirm the server before trusting its certificate.</source>
        <translation>Indiqué par %1 en HTTP non chiffré, que n&apos;importe qui sur le trajet peut modifier : confirmez le serveur avant de faire confiance à son certificat.</translation>
    </message>
</context>
<context>
    <name>mailscout::AutodiscoverSource</name>
    <message>
        <location filename="../core/discovery/AutodiscoverSource.cpp" line="+41"/>
        <source>Autodiscover needs a whole e-mail address.</source>
        <translation>Autodiscover nécessite une adresse e-mail complète.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Named by %1 over HTTPS with a verified certificate.</source>
        <translation>Indiqué par %1 en HTTPS avec un certificat vérifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autodiscover at %1, reached through a redirect</source>
        <translation>Autodiscover à %1, atteint par une redirection</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Autodiscover redirected more than %1 times; stopped at %2.</source>
        <translation>Autodiscover a redirigé plus de %1 fois ; arrêté à %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Autodiscover redirected to the unusable address “%1”.</source>
        <translation>Autodiscover a redirigé vers l&apos;adresse inutilisable « %1 ».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Autodiscover&apos;s redirect from %1 to %2 was refused: only HTTPS within %3 is followed.</source>
        <translation>La redirection Autodiscover de %1 vers %2 a été refusée : seul HTTPS au sein de %3 est suivi.</translation>
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
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2:%3, %4</source>
        <translation>%1 %2:%3, %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 (recommended)</source>
        <translation>1 (recommandé)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OAuth2 needed</source>
        <translation>OAuth2 requis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not tried</source>
        <translation>pas tenté</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
</context>
<context>
    <name>mailscout::Connector</name>
    <message>
        <location filename="../core/probe/Connector.cpp" line="+44"/>
        <source>No server name was given.</source>
        <translation>Aucun nom de serveur n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The name %1 could not be resolved: %2</source>
        <translation>Le nom %1 n&apos;a pas pu être résolu : %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Connection refused by %1 port %2.</source>
        <translation>Connexion refusée par %1 port %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 port %2 is unreachable: %3</source>
        <translation>%1 port %2 est injoignable : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to %1 port %2: %3</source>
        <translation>Impossible de se connecter à %1 port %2 : %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The DNS lookup of %1 did not finish within %2 s.</source>
        <translation>La résolution DNS de %1 ne s&apos;est pas terminée en %2 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No answer from %1 port %2 within %3 s: the port is probably filtered by a firewall.</source>
        <translation>Aucune réponse de %1 port %2 en %3 s : le port est probablement filtré par un pare-feu.</translation>
    </message>
</context>
<context>
    <name>mailscout::Discovery</name>
    <message>
        <location filename="../core/discovery/Discovery.cpp" line="+28"/>
        <source>From the provider data bundled with Mailscout for %1.</source>
        <translation>D&apos;après les données de fournisseurs fournies avec Mailscout pour %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundled provider data does not know %1.</source>
        <translation>Les données de fournisseurs intégrées ne connaissent pas %1.</translation>
    </message>
</context>
<context>
    <name>mailscout::DiscoveryPage</name>
    <message>
        <location filename="../ui/DiscoveryPage.cpp" line="+34"/>
        <location line="+140"/>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Looking for your servers</source>
        <translation>Recherche de vos serveurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every source is asked at once and every server is checked as soon as it is named.</source>
        <translation>Toutes les sources sont interrogées en même temps et chaque serveur est vérifié dès qu&apos;il est indiqué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Mailscout looks for server names, and what each one found.</source>
        <translation>Où Mailscout cherche des noms de serveurs, et ce que chaque source a trouvé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port matrix</source>
        <translation>Matrice des ports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per server, one column per protocol and port. Press Enter on a cell for the details of that check.</source>
        <translation>Une ligne par serveur, une colonne par protocole et port. Appuyez sur Entrée sur une cellule pour voir les détails de cette vérification.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sources:</source>
        <translation>S&amp;ources :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ports checked:</source>
        <translation>&amp;Ports vérifiés :</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 of %2 checked, %3 running — %4 s</source>
        <translation>%1 sur %2 vérifiés, %3 en cours — %4 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped. You can look at what was found so far, or check again.</source>
        <translation>Arrêté. Vous pouvez consulter ce qui a été trouvé jusqu&apos;ici, ou vérifier à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All checks are done.</source>
        <translation>Toutes les vérifications sont terminées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer is certain; the remaining checks finish in the background. %1</source>
        <translation>La réponse est certaine ; les vérifications restantes se terminent en arrière-plan. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs every check again.</source>
        <translation>Relance chaque vérification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops every check now.</source>
        <translation>Arrête maintenant chaque vérification.</translation>
    </message>
</context>
<context>
    <name>mailscout::DiscoverySource</name>
    <message>
        <location filename="../core/discovery/DiscoverySource.cpp" line="+13"/>
        <source>No answer within %1 seconds.</source>
        <translation>Aucune réponse en %1 secondes.</translation>
    </message>
</context>
<context>
    <name>mailscout::DonePage</name>
    <message>
        <location filename="../ui/DonePage.cpp" line="+19"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Publish the file as autoconfig for your domain, or in Thunderbird choose Account Settings → Add Mail Account and type the settings shown.</source>
        <translation>Publiez le fichier comme autoconfig pour votre domaine, ou dans Thunderbird choisissez Paramètres des comptes → Ajouter un compte de messagerie et saisissez les paramètres affichés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Outlook, open the file on the Windows computer (the registry file asks before it changes anything), then add the account in Outlook.</source>
        <translation>Fermez Outlook, ouvrez le fichier sur l&apos;ordinateur Windows (le fichier de registre demande avant de modifier quoi que ce soit), puis ajoutez le compte dans Outlook.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the profile to the Mac, iPhone or iPad, open it, and install it under Settings → Profile Downloaded.</source>
        <translation>Envoyez le profil au Mac, à l&apos;iPhone ou à l&apos;iPad, ouvrez-le et installez-le dans Réglages → Profil téléchargé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file to the phone and import it in K-9 Mail / Thunderbird for Android under Settings → Import settings.</source>
        <translation>Copiez le fichier sur le téléphone et importez-le dans K-9 Mail / Thunderbird pour Android via Paramètres → Importer les paramètres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the file where the program reads its configuration and replace the password command in it with yours.</source>
        <translation>Placez le fichier là où le programme lit sa configuration et remplacez-y la commande de mot de passe par la vôtre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the sheet in a browser to print it or attach it to the ticket.</source>
        <translation>Ouvrez la fiche dans un navigateur pour l&apos;imprimer ou la joindre au ticket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the records to your domain&apos;s DNS zone.</source>
        <translation>Ajoutez les enregistrements à la zone DNS de votre domaine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file or pass it to whoever sets up the mail program.</source>
        <translation>Ouvrez le fichier ou transmettez-le à la personne qui configure le logiciel de messagerie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can type the settings from the results page into your mail program, or go back and export them.</source>
        <translation>Vous pouvez saisir les paramètres de la page des résultats dans votre logiciel de messagerie, ou revenir en arrière et les exporter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your settings are written.</source>
        <translation>Vos paramètres sont écrits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; written to &lt;tt&gt;%2&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; écrit dans &lt;tt&gt;%2&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password was written into any file.</source>
        <translation>Aucun mot de passe n&apos;a été écrit dans un fichier.</translation>
    </message>
</context>
<context>
    <name>mailscout::ExportPage</name>
    <message>
        <location filename="../ui/ExportPage.cpp" line="+38"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy settings as &amp;text</source>
        <translation>Copier les paramètres en &amp;texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open containing f&amp;older</source>
        <translation>Ouvrir le d&amp;ossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop making the P&amp;DF</source>
        <translation>Arrêter la création du P&amp;DF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your mail program: Mailscout writes the settings in the form it reads. No password is written.</source>
        <translation>Choisissez votre logiciel de messagerie : Mailscout écrit les paramètres sous la forme qu&apos;il lit. Aucun mot de passe n&apos;est écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the file under the name the mail program expects.</source>
        <translation>Enregistre le fichier sous le nom attendu par le logiciel de messagerie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies the settings as plain words, to paste into a message or a ticket.</source>
        <translation>Copie les paramètres en texte simple, à coller dans un message ou un ticket.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Making the PDF</source>
        <translation>Création du PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stops making the PDF; no file is written.</source>
        <translation>Arrête la création du PDF ; aucun fichier n&apos;est écrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view:</source>
        <translation>A&amp;perçu :</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>This format cannot be written: %1</source>
        <translation>Ce format ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Making the PDF for %1…</source>
        <translation>Création du PDF pour %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not make the PDF, nothing was saved: %1</source>
        <translation>Impossible de créer le PDF, rien n&apos;a été enregistré : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF not saved</source>
        <translation>PDF non enregistré</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped: the PDF was not saved.</source>
        <translation>Arrêté : le PDF n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings are on the clipboard as text.</source>
        <translation>Les paramètres sont dans le presse-papiers sous forme de texte.</translation>
    </message>
</context>
<context>
    <name>mailscout::GuessSource</name>
    <message>
        <location filename="../core/discovery/GuessSource.cpp" line="+54"/>
        <source>A guess from the name of the e-mail domain %1, and within it.</source>
        <translation>Une supposition d&apos;après le nom du domaine de messagerie %1, et à l&apos;intérieur de celui-ci.</translation>
    </message>
</context>
<context>
    <name>mailscout::HttpFetcher</name>
    <message>
        <location filename="../core/discovery/HttpFetcher.cpp" line="+26"/>
        <source>A redirect to %1 was refused: only HTTP and HTTPS are followed.</source>
        <translation>Une redirection vers %1 a été refusée : seuls HTTP et HTTPS sont suivis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A redirect from HTTPS to unencrypted %1 was refused.</source>
        <translation>Une redirection de HTTPS vers %1 non chiffré a été refusée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A redirect from %1 to %2 was refused: it leaves the domain %3.</source>
        <translation>Une redirection de %1 vers %2 a été refusée : elle quitte le domaine %3.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 sent more than %2 bytes; the download was stopped.</source>
        <translation>%1 a envoyé plus de %2 octets ; le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 sent more than %2 bytes.</source>
        <translation>%1 a envoyé plus de %2 octets.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More than %1 redirects, starting at %2.</source>
        <translation>Plus de %1 redirections, à partir de %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 a répondu avec le statut HTTP %2.</translation>
    </message>
</context>
<context>
    <name>mailscout::MxSource</name>
    <message>
        <location filename="../core/discovery/MxSource.cpp" line="+47"/>
        <source>the MX record %1 of %2 (plain DNS)</source>
        <translation>l&apos;enregistrement MX %1 de %2 (DNS simple)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 says it accepts no mail (a null MX record).</source>
        <translation>%1 indique qu&apos;il n&apos;accepte aucun courrier (un enregistrement MX nul).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The MX host %1 belongs to %2 (bundled provider data).</source>
        <translation>L&apos;hôte MX %1 appartient à %2 (données de fournisseurs intégrées).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The MX host %1 lies within %2 itself; the domain&apos;s own autoconfig covers it.</source>
        <translation>L&apos;hôte MX %1 se trouve dans %2 lui-même ; l&apos;autoconfig propre au domaine le couvre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asked the MX host&apos;s domain %1.</source>
        <translation>Le domaine %1 de l&apos;hôte MX a été interrogé.</translation>
    </message>
</context>
<context>
    <name>mailscout::PdfRenderer</name>
    <message>
        <location filename="../core/export/PdfRenderer.cpp" line="+26"/>
        <source>The PDF renderer %1 did not finish.</source>
        <translation>Le moteur de rendu PDF %1 ne s&apos;est pas terminé.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot make a PDF: the PDF renderer %1 is missing. It is part of Mailscout and is installed beside mailscout-cli; reinstall Mailscout, or export the HTML format instead.</source>
        <translation>Impossible de créer le PDF : le moteur de rendu PDF %1 est absent. Il fait partie de Mailscout et est installé à côté de mailscout-cli ; réinstallez Mailscout, ou exportez plutôt au format HTML.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The PDF renderer failed: %1</source>
        <translation>Le moteur de rendu PDF a échoué : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF renderer %1 crashed.</source>
        <translation>Le moteur de rendu PDF %1 s&apos;est arrêté brutalement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF renderer %1 ended with status %2 without making a PDF or saying why.</source>
        <translation>Le moteur de rendu PDF %1 s&apos;est terminé avec le statut %2 sans créer de PDF ni dire pourquoi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot start the PDF renderer %1: %2</source>
        <translation>Impossible de démarrer le moteur de rendu PDF %1 : %2</translation>
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
        <translation> en clair</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Press Enter or click for the details.</source>
        <translation>Appuyez sur Entrée ou cliquez pour les détails.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 on port %2</source>
        <translation>%1 sur le port %2</translation>
    </message>
</context>
<context>
    <name>mailscout::Probe</name>
    <message>
        <location filename="../core/probe/Probe.cpp" line="+28"/>
        <source>The check did not finish within %1 s.</source>
        <translation>La vérification ne s&apos;est pas terminée en %1 s.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This system has no working TLS library.</source>
        <translation>Ce système n&apos;a pas de bibliothèque TLS fonctionnelle.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected to %1 port %2.</source>
        <translation>Connecté à %1 port %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Starting TLS handshake.</source>
        <translation>Début de la négociation TLS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS established: %1, %2.</source>
        <translation>TLS établi : %1, %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is deprecated and insecure (RFC 8996).</source>
        <translation>%1 est obsolète et non sûr (RFC 8996).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Certificate problems accepted by the user for this server: %1</source>
        <translation>Problèmes de certificat acceptés par l&apos;utilisateur pour ce serveur : %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The certificate uses a weak key or signature (RSA under 2048 bits, SHA-1 or MD5).</source>
        <translation>Le certificat utilise une clé ou une signature faible (RSA de moins de 2048 bits, SHA-1 ou MD5).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Certificate problem: %1</source>
        <translation>Problème de certificat : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server offers only TLS 1.0 or 1.1, which are insecure (RFC 8996): %1</source>
        <translation>Le serveur ne propose que TLS 1.0 ou 1.1, qui ne sont pas sûrs (RFC 8996) : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plaintext arrived after the STARTTLS go-ahead instead of TLS: someone may be injecting data. The connection was dropped (%1).</source>
        <translation>Du texte en clair est arrivé après le feu vert STARTTLS au lieu de TLS : quelqu&apos;un injecte peut-être des données. La connexion a été coupée (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not speak TLS on this port; it may expect STARTTLS (%1).</source>
        <translation>Le serveur ne parle pas TLS sur ce port ; il attend peut-être STARTTLS (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed: %1</source>
        <translation>Échec de la négociation TLS : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server closed the connection without a greeting.</source>
        <translation>Le serveur a fermé la connexion sans message d&apos;accueil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Le serveur a fermé la connexion de façon inattendue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection error: %1</source>
        <translation>Erreur de connexion : %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The server sent no greeting within %1 s.</source>
        <translation>Le serveur n&apos;a envoyé aucun message d&apos;accueil en %1 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the connection but sent no greeting within %1 s; it may expect TLS from the first byte (implicit TLS).</source>
        <translation>Le serveur a accepté la connexion mais n&apos;a envoyé aucun message d&apos;accueil en %1 s ; il attend peut-être TLS dès le premier octet (TLS implicite).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>La négociation TLS ne s&apos;est pas terminée en %1 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer within %1 s.</source>
        <translation>Le serveur n&apos;a pas répondu en %1 s.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This connection is not encrypted: anyone on the network can read it.</source>
        <translation>Cette connexion n&apos;est pas chiffrée : n&apos;importe qui sur le réseau peut la lire.</translation>
    </message>
</context>
<context>
    <name>mailscout::ProbeDetailsDialog</name>
    <message>
        <location filename="../ui/ProbeDetailsDialog.cpp" line="+34"/>
        <source>  (not asked or no answer)
</source>
        <translation>  (pas demandé ou pas de réponse)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login mechanisms: %1</source>
        <translation>Mécanismes de connexion : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check of %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript, passwords removed</source>
        <translation>Transcription, mots de passe retirés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ranscript</source>
        <translation>&amp;Transcription</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&amp;Capabilities</source>
        <translation>&amp;Capacités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS and certificates</source>
        <translation>TLS et certificats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS &amp;&amp; c&amp;ertificates</source>
        <translation>TLS &amp;&amp; c&amp;ertificats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ti&amp;mings</source>
        <translation>&amp;Durées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server:    %1</source>
        <translation>Serveur :  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:    %1 — %2</source>
        <translation>Résultat : %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:   %1</source>
        <translation>Issue :    %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why:       %1</source>
        <translation>Raison :   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:   %1</source>
        <translation>Adresse :  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greeting:  %1</source>
        <translation>Accueil :  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login:     %1 (%2) %3</source>
        <translation>Connexion : %1 (%2) %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning:   %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before TLS:</source>
        <translation>Avant TLS :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After TLS:</source>
        <translation>Après TLS :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subject:     %1</source>
        <translation>Sujet :       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:      %1</source>
        <translation>Émetteur :    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names:       %1</source>
        <translation>Noms :        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:  %1</source>
        <translation>Valide du :   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until: %1</source>
        <translation>Valide au :   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key:         %1, %2 bits</source>
        <translation>Clé :         %1, %2 bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature:   %1</source>
        <translation>Signature :   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:     %1</source>
        <translation>SHA-256 :     %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No TLS on this connection.</source>
        <translation>Pas de TLS sur cette connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Established: %1</source>
        <translation>Établie :     %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+5"/>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Protocol:    %1%2</source>
        <translation>Protocole :   %1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (deprecated, insecure)</source>
        <translation> (obsolète, non sûr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cipher:      %1</source>
        <translation>Chiffrement : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted:     %1</source>
        <translation>De confiance : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name match:  %1</source>
        <translation>Nom conforme : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You accepted this certificate for this server.</source>
        <translation>Vous avez accepté ce certificat pour ce serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem:     %1</source>
        <translation>Problème :    %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handshake:   %1</source>
        <translation>Négociation : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuer certificate %1</source>
        <translation>Certificat de l&apos;émetteur %1</translation>
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
        <translation>Résolution du nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeting</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>mailscout::ProbeScheduler</name>
    <message>
        <location filename="../core/probe/ProbeScheduler.cpp" line="+215"/>
        <source>No answer within %1 s, although other ports of the same server answered within %2 ms: the port is most likely filtered by a firewall. Still waiting for it, up to %3 s.</source>
        <translation>Aucune réponse en %1 s, alors que d&apos;autres ports du même serveur ont répondu en %2 ms : le port est très probablement filtré par un pare-feu. L&apos;attente continue, jusqu&apos;à %3 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No answer within %1 s, although the DNS server answered within %2 ms: the port is most likely filtered by a firewall. Still waiting for it, up to %3 s.</source>
        <translation>Aucune réponse en %1 s, alors que le serveur DNS a répondu en %2 ms : le port est très probablement filtré par un pare-feu. L&apos;attente continue, jusqu&apos;à %3 s.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>The server turned the connection away %n time(s) in a row: it limits how many connections one client may open at once.</source>
        <translation>
            <numerusform>Le serveur a refusé la connexion %n fois de suite : il limite le nombre de connexions qu’un client peut ouvrir à la fois.</numerusform>
            <numerusform>Le serveur a refusé la connexion %n fois de suite : il limite le nombre de connexions qu’un client peut ouvrir à la fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailscout::ResultsPage</name>
    <message>
        <location filename="../ui/ResultsPage.cpp" line="+32"/>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Incoming mail</source>
        <translation>Courrier entrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing mail</source>
        <translation>Courrier sortant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate problems</source>
        <translation>Problèmes de certificat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your settings</source>
        <translation>Vos paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type these into your mail program, or export them on the next page.</source>
        <translation>Saisissez-les dans votre logiciel de messagerie, ou exportez-les à la page suivante.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why these settings</source>
        <translation>Pourquoi ces paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late answer</source>
        <translation>Réponse tardive</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All secure configurations</source>
        <translation>Toutes les configurations sûres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked best first; hover a row for its reasons.</source>
        <translation>La meilleure en premier ; survolez une ligne pour voir ses raisons.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;All secure configurations:</source>
        <translation>&amp;Toutes les configurations sûres :</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Incoming mail (%1)</source>
        <translation>Courrier entrant (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing mail (%1)</source>
        <translation>Courrier sortant (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth2 (sign in with the provider)</source>
        <translation>OAuth2 (connexion auprès du fournisseur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal password</source>
        <translation>Mot de passe normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(your usual login name)</source>
        <translation>(votre identifiant habituel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, verified</source>
        <translation>%1, vérifié</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Why these:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pourquoi ceux-ci :&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking again…</source>
        <translation>Nouvelle vérification…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended settings for %1:</source>
        <translation>Paramètres recommandés pour %1 :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure configuration was found for %1.</source>
        <translation>Aucune configuration sûre n&apos;a été trouvée pour %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Changed after a late answer:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modifié après une réponse tardive :&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;What Mailscout noticed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce que Mailscout a remarqué :&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1:%2 — %3</source>
        <translation>%1:%2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review and accept…</source>
        <translation>&amp;Examiner et accepter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review and accept the certificate of %1 port %2</source>
        <translation>Examiner et accepter le certificat de %1 port %2</translation>
    </message>
</context>
<context>
    <name>mailscout::SetupSession</name>
    <message>
        <location filename="../core/session/SetupSession.cpp" line="+127"/>
        <source>The check was stopped before the full connect timeout.</source>
        <translation>La vérification a été arrêtée avant la fin du délai de connexion complet.</translation>
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
        <translation>Configuration de compte Mailscout</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; P&amp;récédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explains the current page.</source>
        <translation>Explique la page actuelle.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Type the e-mail address you want to set up. Mailscout asks several sources which servers belong to it and checks each one.

The password is optional: with &quot;Verify my login&quot; it is sent only to the recommended servers over a verified encrypted connection, and it is never saved.

Technicians can choose &quot;Diagnose a server&quot; to check the seven standard mail ports of one host.</source>
        <translation>Saisissez l&apos;adresse e-mail que vous voulez configurer. Mailscout demande à plusieurs sources quels serveurs lui appartiennent et vérifie chacun d&apos;eux.

Le mot de passe est facultatif : avec « Vérifier ma connexion », il n&apos;est envoyé qu&apos;aux serveurs recommandés par une connexion chiffrée vérifiée, et il n&apos;est jamais enregistré.

Les techniciens peuvent choisir « Diagnostiquer un serveur » pour vérifier les sept ports de messagerie standard d&apos;un hôte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each source is asked at once; each server it names is checked as soon as it is named. In the matrix, every cell says in words what became of one port: secure, STARTTLS, insecure, certificate problem, refused (nothing listens) or filtered (a firewall drops it). Select a cell and press Enter for the full transcript.

Next becomes available as soon as the answer is certain; Stop ends every check at once.</source>
        <translation>Toutes les sources sont interrogées en même temps ; chaque serveur indiqué est vérifié aussitôt. Dans la matrice, chaque cellule dit en toutes lettres ce qu&apos;il est advenu d&apos;un port : sûr, STARTTLS, non sûr, problème de certificat, refusé (rien n&apos;écoute) ou filtré (un pare-feu ignore la connexion). Sélectionnez une cellule et appuyez sur Entrée pour la transcription complète.

« Suivant » devient disponible dès que la réponse est certaine ; « Arrêter » met fin immédiatement à toutes les vérifications.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recommended settings are the most secure ones that work. The card can be read aloud to somebody on the phone.

If a server&apos;s certificate cannot be trusted, you may accept that certificate for that server only, after comparing its SHA-256 fingerprint with the one your provider or administrator gives you.</source>
        <translation>Les paramètres recommandés sont les plus sûrs qui fonctionnent. La fiche peut être lue à voix haute à quelqu&apos;un au téléphone.

Si le certificat d&apos;un serveur n&apos;est pas digne de confiance, vous pouvez l&apos;accepter pour ce serveur uniquement, après avoir comparé son empreinte SHA-256 avec celle que vous donne votre fournisseur ou administrateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the mail program and save the file it reads, or copy it. Files never contain your password. &quot;Copy settings as text&quot; copies a summary for a message or a ticket.</source>
        <translation>Choisissez le logiciel de messagerie et enregistrez le fichier qu&apos;il lit, ou copiez-le. Les fichiers ne contiennent jamais votre mot de passe. « Copier les paramètres en texte » copie un résumé pour un message ou un ticket.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page lists the files written and what to do with them.</source>
        <translation>Cette page liste les fichiers écrits et ce qu&apos;il faut en faire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>mailscout::SourcesModel</name>
    <message>
        <location filename="../ui/SourcesModel.cpp" line="+53"/>
        <source>Provider data bundled with Mailscout</source>
        <translation>Données de fournisseurs fournies avec Mailscout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autoconfig from the provider&apos;s web site and the ISPDB</source>
        <translation>Autoconfig depuis le site web du fournisseur et l&apos;ISPDB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail exchanger (MX) records</source>
        <translation>Enregistrements d&apos;échangeur de courrier (MX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autoconfig for the mail exchanger&apos;s domain</source>
        <translation>Autoconfig pour le domaine de l&apos;échangeur de courrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service (SRV) records</source>
        <translation>Enregistrements de service (SRV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlook Autodiscover</source>
        <translation>Outlook Autodiscover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual server names</source>
        <translation>Noms de serveur habituels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server you named</source>
        <translation>Le serveur que vous avez indiqué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>looking…</source>
        <translation>recherche…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found servers</source>
        <translation>serveurs trouvés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>mailscout::SrvSource</name>
    <message>
        <location filename="../core/discovery/SrvSource.cpp" line="+46"/>
        <source>%1: the domain says this service is not offered.</source>
        <translation>%1 : le domaine indique que ce service n&apos;est pas proposé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the SRV record %1</source>
        <translation>l&apos;enregistrement SRV %1</translation>
    </message>
</context>
<context>
    <name>mailscout::UserSource</name>
    <message>
        <location filename="../core/discovery/UserSource.cpp" line="+53"/>
        <source>Entered by the user.</source>
        <translation>Saisi par l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>mailscout::cli::BatchRunner</name>
    <message>
        <location filename="../app/cli/BatchRunner.cpp" line="+60"/>
        <source>Check every e-mail address or domain in this file (&quot;-&quot;: standard input), one per line; blank lines and lines starting with # are skipped. Prints one result line per address as it finishes.</source>
        <translation>Vérifier chaque adresse e-mail ou domaine de ce fichier (« - » : entrée standard), un par ligne ; les lignes vides et celles commençant par # sont ignorées. Affiche une ligne de résultat par adresse dès que sa vérification est terminée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --batch: jsonl (one JSON object per line, the default) or csv.</source>
        <translation>Avec --batch : jsonl (un objet JSON par ligne, par défaut) ou csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --batch: how many addresses to check at once (default %1, at most %2).</source>
        <translation>Avec --batch : nombre d&apos;adresses à vérifier en même temps (%1 par défaut, %2 au plus).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--batch-format and --jobs need --batch FILE</source>
        <translation>--batch-format et --jobs nécessitent --batch FICHIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--batch reads the addresses from its file: give no ADDRESS</source>
        <translation>--batch lit les adresses dans son fichier : n&apos;indiquez aucune ADRESSE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--password-stdin cannot be used with --batch: a batch verifies no login</source>
        <translation>--password-stdin ne peut pas être utilisé avec --batch : en mode lot, aucune connexion n&apos;est vérifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--export cannot be used with --batch: export one address at a time</source>
        <translation>--export ne peut pas être utilisé avec --batch : exportez une adresse à la fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 cannot be used with --batch (see --batch-format)</source>
        <translation>--%1 ne peut pas être utilisé avec --batch (voir --batch-format)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--batch-format takes jsonl or csv, not &quot;%1&quot;</source>
        <translation>--batch-format accepte jsonl ou csv, pas « %1 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--jobs must be a number from 1 to %1</source>
        <translation>--jobs doit être un nombre de 1 à %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--jobs %1 lowered to %2 to fit the limit of open files (ulimit -n)</source>
        <translation>--jobs %1 abaissé à %2 pour respecter la limite de fichiers ouverts (ulimit -n)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the line is longer than %1 bytes</source>
        <translation>la ligne dépasse %1 octets</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not an e-mail address or a domain; check a single server with &quot;mailscout-cli discover HOST&quot; instead</source>
        <translation>ni une adresse e-mail ni un domaine ; vérifiez plutôt un serveur isolé avec « mailscout-cli discover HÔTE »</translation>
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
        <translation>Utilisation : %1 COMMANDE [options]
Trouve, vérifie et classe les paramètres de serveur de messagerie d&apos;un compte.

Commandes :
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
        <translation>Options :
  -h, --help       Afficher cette aide.
  -v, --version    Afficher la version.
  --lang CODE      Utiliser cette langue (de, fr, es, en) au lieu de celle du système ;
                   avant la commande.

Lancez « %1 COMMANDE --help » pour les options d&apos;une commande.
</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>mailscout-cli: --lang needs a language code, e.g. --lang de</source>
        <translation>mailscout-cli : --lang nécessite un code de langue, p. ex. --lang fr</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>mailscout-cli: unknown command &quot;%1&quot;; try --help</source>
        <translation>mailscout-cli : commande inconnue « %1 » ; essayez --help</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="+30"/>
        <source>no PEM certificate in &quot;%1&quot;</source>
        <translation>aucun certificat PEM dans « %1 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--dns-server needs an IP address, not &quot;%1&quot;</source>
        <translation>--dns-server nécessite une adresse IP, pas « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--ispdb-url needs an http:// or https:// URL</source>
        <translation>--ispdb-url nécessite une URL http:// ou https://</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Finds, checks and ranks the mail server settings for an account.</source>
        <translation>Trouve, vérifie et classe les paramètres de serveur de messagerie d&apos;un compte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with this e-mail address filled in.</source>
        <translation>Commencer avec cette adresse e-mail déjà saisie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server to check: with --address, &quot;I know my server&quot;; alone, diagnose this host.</source>
        <translation>Le serveur à vérifier : avec --address, « Je connais mon serveur » ; seul, diagnostiquer cet hôte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST1:PORT1:HOST2:PORT2 — connect there instead, as curl does (repeatable).</source>
        <translation>HOST1:PORT1:HOST2:PORT2 — se connecter là à la place, comme le fait curl (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT:ADDRESS — use this address for HOST, as curl does (repeatable).</source>
        <translation>HOST:PORT:ADRESSE — utiliser cette adresse pour HOST, comme le fait curl (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also trust the CA certificates in this PEM file (repeatable).</source>
        <translation>Faire aussi confiance aux certificats d&apos;AC de ce fichier PEM (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask this DNS server (an IP address) for MX and SRV records.</source>
        <translation>Interroger ce serveur DNS (une adresse IP) pour les enregistrements MX et SRV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL of the ISP database.</source>
        <translation>URL de base de la base de données des FAI.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this language (de, fr, es, en) instead of the system&apos;s.</source>
        <translation>Utiliser cette langue (de, fr, es, en) au lieu de celle du système.</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <location filename="../app/render_main.cpp" line="+44"/>
        <source>Prints an HTML page (a Mailscout report or settings sheet) to a PDF file.
Reads the HTML from FILE, or from standard input when FILE is missing or &quot;-&quot;.</source>
        <translation>Imprime une page HTML (un rapport Mailscout ou une fiche de paramètres) dans un fichier PDF.
Lit le HTML depuis FICHIER, ou depuis l&apos;entrée standard si FICHIER est absent ou vaut « - ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the PDF to this file instead of standard output.</source>
        <translation>Écrire le PDF dans ce fichier au lieu de la sortie standard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 (the default) or Letter.</source>
        <translation>A4 (par défaut) ou Letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HTML file.</source>
        <translation>Le fichier HTML.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only one input file, please</source>
        <translation>un seul fichier d&apos;entrée, s&apos;il vous plaît</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--page-size takes A4 or Letter</source>
        <translation>--page-size accepte A4 ou Letter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the input is too large</source>
        <translation>l&apos;entrée est trop volumineuse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write to standard output</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write the PDF: %1</source>
        <translation>impossible d&apos;écrire le PDF : %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountConfigJson</name>
    <message>
        <location filename="../core/report/AccountConfigJson.cpp" line="+67"/>
        <source>rank: expected a whole number from 1 up</source>
        <translation>rank: se esperaba un número entero a partir de 1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>incoming.protocol: expected &quot;imap&quot; or &quot;pop3&quot;</source>
        <translation>incoming.protocol: se esperaba «imap» o «pop3»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outgoing.protocol: expected &quot;smtp&quot;</source>
        <translation>outgoing.protocol: se esperaba «smtp»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>score: expected a number</source>
        <translation>score: se esperaba un número</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reasons: expected a list of strings</source>
        <translation>reasons: se esperaba una lista de cadenas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings: expected a list of strings</source>
        <translation>warnings: se esperaba una lista de cadenas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected true or false</source>
        <translation>%1: se esperaba true o false</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: expected an object with protocol, host, port and security</source>
        <translation>%1: se esperaba un objeto con protocol, host, port y security</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.protocol: expected &quot;imap&quot;, &quot;pop3&quot; or &quot;smtp&quot;</source>
        <translation>%1.protocol: se esperaba «imap», «pop3» o «smtp»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.host: expected a host name</source>
        <translation>%1.host: se esperaba un nombre de host</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.port: expected a number from 1 to 65535</source>
        <translation>%1.port: se esperaba un número del 1 al 65535</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.security: expected &quot;tls&quot;, &quot;starttls&quot; or &quot;plain&quot;</source>
        <translation>%1.security: se esperaba «tls», «starttls» o «plain»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2: expected a string</source>
        <translation>%1.%2: se esperaba una cadena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.login_verified: expected true or false</source>
        <translation>%1.login_verified: se esperaba true o false</translation>
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
        <translation>sección accounts.conf de aerc (modo de archivo 0600, contraseña mediante orden)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>aerc reads mail over IMAP, not POP3; this configuration fetches mail with POP3.</source>
        <translation>aerc lee el correo por IMAP, no por POP3; esta configuración recoge el correo con POP3.</translation>
    </message>
</context>
<context>
    <name>AppleProfileExporter</name>
    <message>
        <location filename="../core/export/AppleProfileExporter.cpp" line="+64"/>
        <source>Apple configuration profile</source>
        <translation>Perfil de configuración de Apple</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apple .mobileconfig for iPhone, iPad and Mac Mail; signed when a certificate and key are given</source>
        <translation>.mobileconfig de Apple para iPhone, iPad y Mail de Mac; firmado si se indican un certificado y una clave</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signing needs both a certificate and its private key.</source>
        <translation>Para firmar se necesitan un certificado y su clave privada.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sets up the mail account %1.</source>
        <translation>Configura la cuenta de correo %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Mail account %1</source>
        <translation>Cuenta de correo %1</translation>
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
        <translation>%1: inicie sesión con OAuth2; el proveedor no acepta allí el inicio de sesión con contraseña.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Settled without waiting for %1: no answer within %2 s where a round trip takes %3 ms, so most likely filtered by a firewall. Still waiting for them in the background.</source>
        <translation>Respuesta segura sin esperar a %1: sin respuesta en %2 s cuando una ida y vuelta tarda %3 ms, así que lo más probable es que un cortafuegos filtre la conexión. Se sigue esperando una respuesta en segundo plano.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All checks have finished.</source>
        <translation>Todas las comprobaciones han finalizado.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The best servers are confirmed: none of the %n check(s) still running could outrank them.</source>
        <translation>
            <numerusform>Los mejores servidores están confirmados: la comprobación aún en curso no puede superarlos.</numerusform>
            <numerusform>Los mejores servidores están confirmados: ninguna de las %n comprobaciones aún en curso puede superarlos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Still checking %1, which could outrank %2.</source>
        <translation>Aún se comprueba %1, que podría superar a %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secure incoming server is confirmed yet; still checking %1.</source>
        <translation>Aún no hay ningún servidor entrante seguro confirmado; se sigue comprobando %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure outgoing server is confirmed yet; still checking %1.</source>
        <translation>Aún no hay ningún servidor saliente seguro confirmado; se sigue comprobando %1.</translation>
    </message>
</context>
<context>
    <name>AutodiscoverParser</name>
    <message>
        <location filename="../core/discovery/AutodiscoverParser.cpp" line="+51"/>
        <source>The %1 server “%2” is not a valid host name and is left out.</source>
        <translation>El servidor %1 «%2» no es un nombre de host válido y se omite.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The answer is %1 bytes long; at most %2 bytes are accepted.</source>
        <translation>La respuesta ocupa %1 bytes; se aceptan como máximo %2 bytes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1: document type declarations (DTD) are not allowed.</source>
        <translation>Línea %1: no se permiten declaraciones de tipo de documento (DTD).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: the answer is nested too deeply or has too many elements.</source>
        <translation>Línea %1: la respuesta está anidada demasiado o tiene demasiados elementos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer names no IMAP, POP3 or SMTP server.</source>
        <translation>La respuesta no indica ningún servidor IMAP, POP3 o SMTP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server reported an error: %1</source>
        <translation>El servidor informó de un error: %1</translation>
    </message>
</context>
<context>
    <name>BundledProviders</name>
    <message>
        <location filename="../core/discovery/BundledProviders.cpp" line="+56"/>
        <source>%1 is listed by another file too.</source>
        <translation>%1 también aparece en otro archivo.</translation>
    </message>
</context>
<context>
    <name>CandidateSource</name>
    <message>
        <location filename="../core/model/Candidate.cpp" line="+49"/>
        <source>bundled provider data</source>
        <translation>datos de proveedores incluidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the domain&apos;s autoconfig file (HTTPS)</source>
        <translation>el archivo autoconfig del dominio (HTTPS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the domain&apos;s autoconfig file (unencrypted HTTP)</source>
        <translation>el archivo autoconfig del dominio (HTTP sin cifrar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thunderbird&apos;s ISP database</source>
        <translation>la base de datos de ISP de Thunderbird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the domain&apos;s MX record</source>
        <translation>el registro MX del dominio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the domain&apos;s SRV records</source>
        <translation>los registros SRV del dominio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outlook Autodiscover</source>
        <translation>Outlook Autodiscover</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a guess from common server names</source>
        <translation>una suposición a partir de nombres de servidor habituales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entered by the user</source>
        <translation>introducido por el usuario</translation>
    </message>
</context>
<context>
    <name>ClientConfig</name>
    <message>
        <location filename="../core/discovery/ClientConfig.cpp" line="+52"/>
        <source>The server name %1 is not valid for this address; the server is left out.</source>
        <translation>El nombre de servidor %1 no es válido para esta dirección; se omite el servidor.</translation>
    </message>
</context>
<context>
    <name>ClientConfigParser</name>
    <message>
        <location filename="../core/discovery/ClientConfigParser.cpp" line="+34"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>document type declarations (DTD) and entity declarations are not allowed.</source>
        <translation>no se permiten declaraciones de tipo de documento (DTD) ni de entidades.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>elements are nested more than %1 levels deep.</source>
        <translation>los elementos están anidados más de %1 niveles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the document has more than %1 elements.</source>
        <translation>el documento tiene más de %1 elementos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the document is not valid UTF-8.</source>
        <translation>el documento no es UTF-8 válido.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the placeholder in “%1” lacks its closing %; read as “%2”.</source>
        <translation>al marcador de «%1» le falta el % de cierre; se lee como «%2».</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the host name contains a port.</source>
        <translation>el nombre de host contiene un puerto.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the authentication method “%1” is unknown and ignored.</source>
        <translation>el método de autenticación «%1» es desconocido y se ignora.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the %1 server is left out: %2</source>
        <translation>se omite el servidor %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no host name.</source>
        <translation>no tiene nombre de host.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the host name “%1” is not valid: %2</source>
        <translation>el nombre de host «%1» no es válido: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no socketType, so its security is unknown.</source>
        <translation>no tiene socketType, así que su seguridad es desconocida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the socketType “%1” is unknown.</source>
        <translation>el socketType «%1» es desconocido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the port “%1” is not a number from 1 to 65535.</source>
        <translation>el puerto «%1» no es un número del 1 al 65535.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the %1 server names no port; the standard port %2 is assumed.</source>
        <translation>el servidor %1 no indica puerto; se supone el puerto estándar %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the domain “%1” is not valid and ignored.</source>
        <translation>el dominio «%1» no es válido y se ignora.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The document is %1 bytes long; at most %2 bytes are accepted.</source>
        <translation>El documento ocupa %1 bytes; se aceptan como máximo %2 bytes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this is not a clientConfig document: the root element is &lt;%1&gt;.</source>
        <translation>esto no es un documento clientConfig: el elemento raíz es &lt;%1&gt;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only the first &lt;emailProvider&gt; is read; this one is ignored.</source>
        <translation>solo se lee el primer &lt;emailProvider&gt;; este se ignora.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The document has no &lt;emailProvider&gt; element.</source>
        <translation>El documento no tiene ningún elemento &lt;emailProvider&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document names no usable IMAP, POP3 or SMTP server.</source>
        <translation>El documento no indica ningún servidor IMAP, POP3 o SMTP utilizable.</translation>
    </message>
</context>
<context>
    <name>ConnectionOverrides</name>
    <message>
        <location filename="../core/model/ConnectionOverrides.cpp" line="+48"/>
        <source>--connect-to takes HOST1:PORT1:HOST2:PORT2</source>
        <translation>--connect-to admite HOST1:PORT1:HOST2:PORT2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--connect-to has a port outside 1-65535</source>
        <translation>--connect-to tiene un puerto fuera de 1-65535</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--resolve takes HOST:PORT:ADDRESS[,ADDRESS...]</source>
        <translation>--resolve admite HOST:PUERTO:DIRECCIÓN[,DIRECCIÓN...]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--resolve has a port outside 1-65535</source>
        <translation>--resolve tiene un puerto fuera de 1-65535</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--resolve needs IP addresses, not &quot;%1&quot;</source>
        <translation>--resolve necesita direcciones IP, no «%1»</translation>
    </message>
</context>
<context>
    <name>Diagnostician</name>
    <message>
        <location filename="../core/assess/Diagnostician.cpp" line="+210"/>
        <source>No secure outgoing server (SMTP) was found, so no complete setting can be recommended. The other findings say why.</source>
        <translation>No se encontró ningún servidor saliente seguro (SMTP), así que no se puede recomendar una configuración completa. Los demás hallazgos explican por qué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No secure incoming server (IMAP or POP3) was found, so no complete setting can be recommended. The other findings say why.</source>
        <translation>No se encontró ningún servidor entrante seguro (IMAP o POP3), así que no se puede recomendar una configuración completa. Los demás hallazgos explican por qué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server offered a verified, encrypted connection, and Mailscout recommends nothing less. The other findings say why.</source>
        <translation>Ningún servidor ofreció una conexión cifrada verificada, y Mailscout no recomienda nada menos. Los demás hallazgos explican por qué.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 refused the login with the user name &quot;%2&quot;. Check the password and the user name. If your account uses two-step verification, the provider probably wants an app password for mail programs.</source>
        <translation>%1 rechazó el inicio de sesión con el nombre de usuario «%2». Compruebe la contraseña y el nombre de usuario. Si su cuenta usa verificación en dos pasos, el proveedor probablemente exige una contraseña de aplicación para los programas de correo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The provider accepts only OAuth2 sign-in on %1: a password login fails however correct the password is. Use a mail program that signs in with OAuth2 (through the provider&apos;s web page), or create an app password if the provider offers them.</source>
        <translation>El proveedor solo acepta el inicio de sesión OAuth2 en %1: un inicio de sesión con contraseña falla aunque la contraseña sea correcta. Use un programa de correo que inicie sesión con OAuth2 (a través de la página web del proveedor), o cree una contraseña de aplicación si el proveedor las ofrece.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Port 25 of %1 does not answer while the submission ports work: your Internet provider or network blocks outgoing port 25, as many do against spam. Nothing to fix: send through port 587 or 465.</source>
        <translation>El puerto 25 de %1 no responde mientras que los puertos de envío funcionan: su proveedor de Internet o su red bloquea el puerto 25 saliente, como hacen muchos contra el spam. No hay nada que arreglar: envíe por el puerto 587 o 465.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 can be used only without encryption: your password and mail would cross the network readable. Mailscout does not recommend that; ask the provider for encrypted access (TLS).</source>
        <translation>%1 solo se puede usar sin cifrado: su contraseña y su correo cruzarían la red de forma legible. Mailscout no lo recomienda; pida al proveedor acceso cifrado (TLS).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 lists %2, but the server disagrees: %3 That source&apos;s data is out of date: trust what the servers really do.</source>
        <translation>%1 indica %2, pero el servidor no coincide: %3 Los datos de esa fuente están desactualizados: confíe en lo que hacen realmente los servidores.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The domain&apos;s DNS records point to %1, outside your e-mail domain. DNS answers can be forged, so these servers are not trusted automatically: confirm that they belong to your provider before you use them.</source>
        <translation>Los registros DNS del dominio apuntan a %1, fuera de su dominio de correo. Las respuestas DNS pueden falsificarse, así que no se confía automáticamente en estos servidores: confirme que pertenecen a su proveedor antes de usarlos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The domain&apos;s autoconfig file was found only over unencrypted HTTP, where anyone on the way could have changed it, so the servers it names are not trusted automatically. Domain administrators: publish it over HTTPS.</source>
        <translation>El archivo autoconfig del dominio solo se encontró por HTTP sin cifrar, donde cualquiera en el camino podría haberlo cambiado, así que no se confía automáticamente en los servidores que nombra. Administradores del dominio: publíquenlo por HTTPS.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Security alert: on %1 someone inserted data into the connection before encryption started (STARTTLS injection). The network between you and the server, or the server itself, may be tampered with. Do not use these ports: use implicit TLS (993, 995, 465) and tell your network administrator.</source>
        <translation>Alerta de seguridad: en %1 alguien insertó datos en la conexión antes de que empezara el cifrado (inyección STARTTLS). La red entre usted y el servidor, o el propio servidor, puede estar manipulada. No use estos puertos: use TLS implícito (993, 995, 465) y avise a su administrador de red.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No port of %1 answered (%2): a firewall drops the connections, or the server is down. Try from another network, or ask the network&apos;s administrator whether these ports are blocked.</source>
        <translation>Ningún puerto de %1 respondió (%2): un cortafuegos descarta las conexiones o el servidor está caído. Pruebe desde otra red o pregunte al administrador de la red si estos puertos están bloqueados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not offer STARTTLS on port %2: the connection would stay unencrypted, so it is not used. Use implicit TLS (ports 993, 995, 465) if the server has it, or ask the provider to enable STARTTLS.</source>
        <translation>%1 no ofrece STARTTLS en el puerto %2: la conexión quedaría sin cifrar, así que no se usa. Use TLS implícito (puertos 993, 995, 465) si el servidor lo tiene, o pida al proveedor que active STARTTLS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 offers only TLS 1.0 or 1.1, which are no longer secure (RFC 8996), so it is not used. Ask the provider to enable TLS 1.2 or 1.3.</source>
        <translation>%1 solo ofrece TLS 1.0 o 1.1, que ya no son seguros (RFC 8996), así que no se usa. Pida al proveedor que active TLS 1.2 o 1.3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The certificate of %1 has expired. The server&apos;s administrator must renew it; until then the connection cannot be verified.</source>
        <translation>El certificado de %1 ha caducado. El administrador del servidor debe renovarlo; hasta entonces la conexión no se puede verificar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate of %1 expired on %2. The server&apos;s administrator must renew it; until then the connection cannot be verified.</source>
        <translation>El certificado de %1 caducó el %2. El administrador del servidor debe renovarlo; hasta entonces la conexión no se puede verificar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate of %1 is for another name: the certificate is wrong or someone is intercepting the connection. Ask the provider for the right server name.</source>
        <translation>El certificado de %1 es para otro nombre: el certificado es incorrecto o alguien está interceptando la conexión. Pida al proveedor el nombre de servidor correcto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate of %1 is for %2, not for that name. If your provider&apos;s server goes by one of those names, use it instead; otherwise the certificate is wrong or someone is intercepting the connection.</source>
        <translation>El certificado de %1 es para %2, no para ese nombre. Si el servidor de su proveedor usa uno de esos nombres, úselo; si no, el certificado es incorrecto o alguien está interceptando la conexión.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 presents a self-signed certificate that nobody vouches for. Accept it only if your administrator confirms its fingerprint.</source>
        <translation>%1 presenta un certificado autofirmado que nadie avala. Acéptelo solo si su administrador confirma su huella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 presents a self-signed certificate (for %2) that nobody vouches for. Accept it only if its fingerprint %3 matches the one your administrator gives you.</source>
        <translation>%1 presenta un certificado autofirmado (para %2) que nadie avala. Acéptelo solo si su huella %3 coincide con la que le da su administrador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate of %1 is not trusted on this computer. If your organisation runs its own certificate authority, install its certificate; otherwise ask the administrator.</source>
        <translation>El certificado de %1 no es de confianza en este equipo. Si su organización tiene su propia autoridad de certificación, instale su certificado; si no, pregunte al administrador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate of %1 (for %2, issued by %3) is not trusted on this computer. If your organisation runs its own certificate authority, install its certificate; otherwise ask the administrator.</source>
        <translation>El certificado de %1 (para %2, emitido por %3) no es de confianza en este equipo. Si su organización tiene su propia autoridad de certificación, instale su certificado; si no, pregunte al administrador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 with implicit TLS</source>
        <translation>%1 con TLS implícito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 with STARTTLS</source>
        <translation>%1 con STARTTLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 without encryption</source>
        <translation>%1 sin cifrado</translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message>
        <location filename="../app/cli/DiscoverCommand.cpp" line="+54"/>
        <source>Find, check and rank the servers for an address, a domain or a host.</source>
        <translation>Buscar, comprobar y clasificar los servidores de una dirección, un dominio o un host.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give exactly one ADDRESS (an e-mail address, a domain or a host)</source>
        <translation>indique exactamente una DIRECCIÓN (una dirección de correo, un dominio o un host)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not usable: %2</source>
        <translation>«%1» no se puede usar: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--ispdb-url needs an http:// or https:// URL</source>
        <translation>--ispdb-url necesita una URL http:// o https://</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--autoconfig-url needs an http:// or https:// URL</source>
        <translation>--autoconfig-url necesita una URL http:// o https://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--dns-server needs an IP address, not &quot;%1&quot;</source>
        <translation>--dns-server necesita una dirección IP, no «%1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no PEM certificate in &quot;%1&quot;</source>
        <translation>ningún certificado PEM en «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout must be a number of seconds above 0</source>
        <translation>--timeout debe ser un número de segundos mayor que 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connect-timeout must be a number of seconds above 0</source>
        <translation>--connect-timeout debe ser un número de segundos mayor que 0</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An e-mail address, a domain, or a host[:port].</source>
        <translation>Una dirección de correo, un dominio o un host[:puerto].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only list the candidate servers and where they came from; probe nothing.</source>
        <translation>Solo enumerar los servidores candidatos y su origen; no sondear nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object (schema mailscout.discovery/1, or mailscout.candidates/1 with --list-candidates).</source>
        <translation>Imprimir un objeto JSON (esquema mailscout.discovery/1, o mailscout.candidates/1 con --list-candidates).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the login of the recommended servers with the password on the first line of standard input.</source>
        <translation>Verificar el inicio de sesión en los servidores recomendados con la contraseña de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming protocol to prefer: imap (default) or pop3.</source>
        <translation>Protocolo entrante preferido: imap (por defecto) o pop3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also export the recommended configuration in this format (see export --list-formats).</source>
        <translation>Exportar también la configuración recomendada en este formato (vea export --list-formats).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --export: write it to this file instead of standard output.</source>
        <translation>Con --export: escribirla en este archivo en lugar de la salida estándar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base URL of the ISP database (default %1).</source>
        <translation>URL base de la base de datos de ISP (por defecto %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the domain&apos;s autoconfig document from this URL only.</source>
        <translation>Obtener el documento autoconfig del dominio solo desde esta URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask this DNS server (an IP address, port 53) for MX and SRV records.</source>
        <translation>Consultar a este servidor DNS (una dirección IP, puerto 53) los registros MX y SRV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOST1:PORT1:HOST2:PORT2 — connect there instead, as curl does (repeatable).</source>
        <translation>HOST1:PORT1:HOST2:PORT2 — conectarse allí en su lugar, como hace curl (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOST:PORT:ADDRESS — use this address for HOST, as curl does (repeatable).</source>
        <translation>HOST:PORT:DIRECCIÓN — usar esta dirección para HOST, como hace curl (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the CA certificates in this PEM file (repeatable).</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM (repetible).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use only the bundled provider data and the given host: no network at all.</source>
        <translation>Usar solo los datos de proveedores incluidos y el host indicado: nada de red.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not guess server names from the domain.</source>
        <translation>No adivinar nombres de servidor a partir del dominio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds each source may take (default 15).</source>
        <translation>Segundos que puede tardar cada fuente (15 por defecto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds a connection may take before its port counts as filtered for good (default 10). A port silent far longer than the server&apos;s round-trip time is reported filtered (likely) sooner; the wait goes on in the background and a late answer revises the result.</source>
        <translation>Segundos que puede tardar una conexión antes de que su puerto se considere filtrado definitivamente (10 por defecto). Un puerto que calla mucho más que el tiempo de ida y vuelta del servidor se indica antes como probablemente filtrado; la espera continúa en segundo plano y una respuesta tardía corrige el resultado.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--protocol takes imap or pop3, not &quot;%1&quot;</source>
        <translation>--protocol admite imap o pop3, no «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown export format &quot;%1&quot;; see export --list-formats</source>
        <translation>formato de exportación desconocido «%1»; vea export --list-formats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--export needs -o FILE (standard output carries the results)</source>
        <translation>--export necesita -o ARCHIVO (la salida estándar lleva los resultados)</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n candidate(s):</source>
        <translation>
            <numerusform>%n candidato:</numerusform>
            <numerusform>%n candidatos:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trusted</source>
        <translation>de confianza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT trusted</source>
        <translation>NO es de confianza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>user name: %1; authentication: %2</source>
        <translation>nombre de usuario: %1; autenticación: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1 candidate(s), %2 checked, %3 running, %4 s</source>
        <translation>
            <numerusform>%1 candidato, %2 comprobados, %3 en curso, %4 s</numerusform>
            <numerusform>%1 candidatos, %2 comprobados, %3 en curso, %4 s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The answer is certain; waiting for the remaining checks.</source>
        <translation>La respuesta es segura; esperando las comprobaciones restantes.</translation>
    </message>
</context>
<context>
    <name>DiscoveryDocument</name>
    <message>
        <location filename="../core/report/DiscoveryDocument.cpp" line="+174"/>
        <source>This is not a discovery result (schema %1).</source>
        <translation>Esto no es un resultado de descubrimiento (esquema %1).</translation>
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
        <translation>ninguna (sin cifrar)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Protocol:  %1</source>
        <translation>Protocolo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:    %1</source>
        <translation>Servidor:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:      %1</source>
        <translation>Puerto:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:  %1</source>
        <translation>Seguridad: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username:  %1</source>
        <translation>Usuario:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login:     %1</source>
        <translation>Inicio de sesión: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OAuth2 (sign in through the provider)</source>
        <translation>OAuth2 (inicio de sesión a través del proveedor)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>normal password</source>
        <translation>contraseña normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login was verified on this server.</source>
        <translation>Su inicio de sesión se verificó en este servidor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>starttls</source>
        <translation>starttls</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>secure</source>
        <translation>seguro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>insecure</source>
        <translation>inseguro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filtered</source>
        <translation>filtrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>filtered?</source>
        <translation>¿filtrado?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cert</source>
        <translation>certif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no-tls</source>
        <translation>sin TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No secure configuration was found for %1.</source>
        <translation>No se encontró ninguna configuración segura para %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended settings for %1</source>
        <translation>Configuración recomendada para %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming mail</source>
        <translation>Correo entrante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing mail</source>
        <translation>Correo saliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This provider requires OAuth2 sign-in (or an app password).</source>
        <translation>Este proveedor exige iniciar sesión con OAuth2 (o una contraseña de aplicación).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alternatives:</source>
        <translation>Alternativas:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnosis:</source>
        <translation>Diagnóstico:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revised after a late answer:</source>
        <translation>Corregido tras una respuesta tardía:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ports checked:</source>
        <translation>Puertos comprobados:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settled after %1 ms, finished after %2 ms.</source>
        <translation>Respuesta segura tras %1 ms, terminado tras %2 ms.</translation>
    </message>
</context>
<context>
    <name>DnsAnswer</name>
    <message>
        <location filename="../core/discovery/DnsResolver.cpp" line="+8"/>
        <source>%1 has no such record.</source>
        <translation>%1 no tiene ese registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The DNS lookup of %1 failed: %2</source>
        <translation>La consulta DNS de %1 ha fallado: %2</translation>
    </message>
</context>
<context>
    <name>DnsMessage</name>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="+33"/>
        <source>the answer is not a DNS message</source>
        <translation>la respuesta no es un mensaje DNS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the answer is cut short or malformed</source>
        <translation>la respuesta está cortada o mal formada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a record is too short for its type</source>
        <translation>un registro es demasiado corto para su tipo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a record names no valid host</source>
        <translation>un registro no nombra ningún host válido</translation>
    </message>
    <message>
        <location filename="../core/discovery/SystemDnsResolver.cpp" line="+64"/>
        <source>the system&apos;s resolver configuration cannot be read</source>
        <translation>no se puede leer la configuración del resolvedor del sistema</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no DNS server answered, or it failed (SERVFAIL)</source>
        <translation>ningún servidor DNS respondió, o falló (SERVFAIL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the DNS server refused the query or did not understand it</source>
        <translation>el servidor DNS rechazó la consulta o no la entendió</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not a name DNS can look up</source>
        <translation>no es un nombre que el DNS pueda consultar</translation>
    </message>
</context>
<context>
    <name>DnsZoneExporter</name>
    <message>
        <location filename="../core/export/DnsZoneExporter.cpp" line="+36"/>
        <source>DNS SRV records</source>
        <translation>Registros DNS SRV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RFC 6186/8314 SRV records for the zone file (publish the thunderbird export beside them)</source>
        <translation>Registros SRV RFC 6186/8314 para el archivo de zona (publique la exportación de thunderbird junto a ellos)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An SRV record must name a host, not the address %1.</source>
        <translation>Un registro SRV debe indicar un host, no la dirección %1.</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <location filename="../core/discovery/EmailAddress.cpp" line="+466"/>
        <source>Enter an e-mail address, a domain or a server name.</source>
        <translation>Escriba una dirección de correo, un dominio o un nombre de servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address is too long: an e-mail address has at most 254 characters.</source>
        <translation>La dirección es demasiado larga: una dirección de correo tiene como máximo 254 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address contains a space.</source>
        <translation>La dirección contiene un espacio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address has no @: enter it as name@example.com.</source>
        <translation>La dirección no tiene @: escríbala como nombre@example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address contains more than one @.</source>
        <translation>La dirección contiene más de una @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing before the @.</source>
        <translation>No hay nada antes de la @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part before the @ is too long: it has at most 64 characters.</source>
        <translation>La parte antes de la @ es demasiado larga: tiene como máximo 64 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part before the @ cannot start or end with a dot or contain two dots in a row.</source>
        <translation>La parte antes de la @ no puede empezar ni terminar con un punto ni contener dos puntos seguidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part before the @ contains a character that is not allowed there.</source>
        <translation>La parte antes de la @ contiene un carácter no permitido allí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quotation mark in the address is not closed.</source>
        <translation>Unas comillas de la dirección no están cerradas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bracket in the address is not closed.</source>
        <translation>Un corchete de la dirección no está cerrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no domain after the @.</source>
        <translation>No hay dominio después de la @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain has no dot: enter the full domain, such as example.com.</source>
        <translation>El dominio no tiene punto: escriba el dominio completo, como example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain contains two dots in a row or starts with a dot.</source>
        <translation>El dominio contiene dos puntos seguidos o empieza con un punto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A part of the domain between two dots is longer than 63 characters.</source>
        <translation>Una parte del dominio entre dos puntos tiene más de 63 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain is longer than 253 characters.</source>
        <translation>El dominio tiene más de 253 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A part of the domain starts or ends with a hyphen.</source>
        <translation>Una parte del dominio empieza o termina con un guion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain contains a character that is not allowed in domain names.</source>
        <translation>El dominio contiene un carácter no permitido en nombres de dominio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain is not a valid internationalized domain name.</source>
        <translation>El dominio no es un nombre de dominio internacionalizado válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain ends in a number, so it is neither a domain name nor an IP address.</source>
        <translation>El dominio termina en un número, así que no es ni un nombre de dominio ni una dirección IP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address names an IP address instead of a domain, so there is no provider to discover.</source>
        <translation>La dirección indica una dirección IP en lugar de un dominio, así que no hay proveedor que descubrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid IP address.</source>
        <translation>No es una dirección IP válida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-mail address has no port: enter the server and port separately.</source>
        <translation>Una dirección de correo no tiene puerto: escriba el servidor y el puerto por separado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be a number.</source>
        <translation>El puerto debe ser un número.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>El puerto debe estar entre 1 y 65535.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+47"/>
        <source>Write a configuration found by discover for a mail client (Thunderbird, Outlook, Apple, ...).</source>
        <translation>Escribir una configuración encontrada por discover para un programa de correo (Thunderbird, Outlook, Apple, ...).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not write to standard output</source>
        <translation>no se pudo escribir en la salida estándar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot set the permissions of &quot;%1&quot;: %2</source>
        <translation>no se pueden establecer los permisos de «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>no se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The export format (see --list-formats).</source>
        <translation>El formato de exportación (vea --list-formats).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The result of &quot;mailscout-cli discover --json&quot;.</source>
        <translation>El resultado de «mailscout-cli discover --json».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the configuration with this rank (default 1, the recommended one).</source>
        <translation>Exportar la configuración con este puesto (1 por defecto, la recomendada).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to this file (with the permissions the client needs) instead of standard output.</source>
        <translation>Escribir en este archivo (con los permisos que necesita el programa) en lugar de la salida estándar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your full name, for the From: line.</source>
        <translation>Su nombre completo, para la línea From:.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the mail program calls the account.</source>
        <translation>Cómo llama el programa de correo a la cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PEM file of CA certificates the client should trust.</source>
        <translation>Un archivo PEM de certificados de CA en los que debe confiar el programa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the Apple profile with this certificate (PEM).</source>
        <translation>Firmar el perfil de Apple con este certificado (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate&apos;s private key (PEM); an encrypted one is read with the passphrase in MAILSCOUT_SIGNING_KEY_PASSPHRASE.</source>
        <translation>La clave privada del certificado (PEM); una cifrada se lee con la frase de paso de MAILSCOUT_SIGNING_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the export formats and exit.</source>
        <translation>Enumerar los formatos de exportación y salir.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format is required (see --list-formats)</source>
        <translation>--format es obligatorio (vea --list-formats)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown format &quot;%1&quot; (see --list-formats)</source>
        <translation>formato desconocido «%1» (vea --list-formats)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--from RESULT.json is required</source>
        <translation>--from RESULTADO.json es obligatorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--configuration must be a number from 1 up</source>
        <translation>--configuration debe ser un número a partir de 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sign-cert and --sign-key go together</source>
        <translation>--sign-cert y --sign-key van juntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA file &quot;%1&quot; does not exist</source>
        <translation>el archivo de CA «%1» no existe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>no se puede leer «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is too large for a discovery result</source>
        <translation>«%1» es demasiado grande para un resultado de descubrimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a JSON object: %2</source>
        <translation>«%1» no es un objeto JSON: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a discovery result (schema mailscout.discovery/1)</source>
        <translation>«%1» no es un resultado de descubrimiento (esquema mailscout.discovery/1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the discovery result names no address</source>
        <translation>el resultado de descubrimiento no indica ninguna dirección</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>configurations[%1].%2</source>
        <translation>configurations[%1].%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the discovery result has no configuration to export</source>
        <translation>el resultado de descubrimiento no tiene ninguna configuración que exportar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no configuration has rank %1 (ranks %2 to %3)</source>
        <translation>ninguna configuración tiene el puesto %1 (puestos %2 a %3)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../core/export/Exporter.cpp" line="+52"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is neither an e-mail address nor a domain.</source>
        <translation>«%1» no es ni una dirección de correo ni un dominio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A name or path contains a line break or another control character.</source>
        <translation>Un nombre o ruta contiene un salto de línea u otro carácter de control.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This format needs the whole discovery result (mailscout.discovery/1), not only a configuration.</source>
        <translation>Este formato necesita el resultado de descubrimiento completo (mailscout.discovery/1), no solo una configuración.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The incoming server must use IMAP or POP3 and the outgoing server SMTP.</source>
        <translation>El servidor entrante debe usar IMAP o POP3, y el saliente SMTP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>«%1» no es un nombre de servidor válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port of %1 is missing.</source>
        <translation>Falta el puerto de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name contains a line break or another control character.</source>
        <translation>Un nombre de usuario contiene un salto de línea u otro carácter de control.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not encrypted: Mailscout does not export a configuration that would send the password in plain text.</source>
        <translation>%1 no está cifrado: Mailscout no exporta una configuración que enviaría la contraseña sin cifrar.</translation>
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
        <translation>entrada poll de fetchmailrc (modo de archivo 0600); fetchmail pide la contraseña o lee ~/.netrc</translation>
    </message>
</context>
<context>
    <name>HelpdeskReport</name>
    <message>
        <location filename="../core/export/HelpdeskReport.cpp" line="+76"/>
        <source>normal password</source>
        <translation>contraseña normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted password (CRAM-MD5)</source>
        <translation>contraseña cifrada (CRAM-MD5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 (sign in through the provider&apos;s web page)</source>
        <translation>OAuth2 (inicio de sesión a través de la página web del proveedor)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report made</source>
        <translation>Informe creado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check took</source>
        <translation>La comprobación duró</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer certain after</source>
        <translation>Respuesta segura tras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms: %2</source>
        <translation>%1 ms: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check was cancelled before it finished: the results are incomplete.</source>
        <translation>La comprobación se canceló antes de terminar: los resultados están incompletos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+30"/>
        <source>Incoming mail</source>
        <translation>Correo entrante</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Outgoing mail</source>
        <translation>Correo saliente</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login verified</source>
        <translation>Inicio de sesión verificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not tried</source>
        <translation>no intentado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This provider requires OAuth2 or an app password: a normal password will be refused.</source>
        <translation>Este proveedor exige OAuth2 o una contraseña de aplicación: una contraseña normal será rechazada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why these settings:</source>
        <translation>Por qué esta configuración:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good to know:</source>
        <translation>Conviene saber:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no alternatives.</source>
        <translation>No hay alternativas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing wrong was found.</source>
        <translation>No se encontró ningún problema.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No port was checked.</source>
        <translation>No se comprobó ningún puerto.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each cell says in words how the port answered; the colour only repeats it: green works securely, yellow answers but not safely, red does not work.</source>
        <translation>Cada celda dice con palabras cómo respondió el puerto; el color solo lo repite: verde funciona de forma segura, amarillo responde pero no de forma segura, rojo no funciona.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the settings came from</source>
        <translation>De dónde procede la configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mail server report for %1</source>
        <translation>Informe de servidores de correo para %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommended settings</source>
        <translation>Configuración recomendada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure configuration was found: see the diagnosis and the port matrix.</source>
        <translation>No se encontró ninguna configuración segura: vea el diagnóstico y la matriz de puertos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is not part of this report: the user types it into the mail program.</source>
        <translation>La contraseña no forma parte de este informe: el usuario la escribe en el programa de correo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives</source>
        <translation>Alternativas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port matrix</source>
        <translation>Matriz de puertos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every check in detail</source>
        <translation>Cada comprobación en detalle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made by Mailscout. Transcripts show &lt;redacted&gt; where a credential was sent; no password is part of this report.</source>
        <translation>Creado por Mailscout. Las transcripciones muestran &lt;redacted&gt; donde se envió una credencial; ninguna contraseña forma parte de este informe.</translation>
    </message>
</context>
<context>
    <name>HostTrust</name>
    <message>
        <location filename="../core/discovery/HostTrust.cpp" line="+19"/>
        <source>%1 came from %2, which is not authenticated, but lies within the e-mail domain %3.</source>
        <translation>%1 procede de %2, que no está autenticado, pero está dentro del dominio de correo %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 came from %2, which is not authenticated, and lies outside the e-mail domain %3: confirm the server before trusting its certificate.</source>
        <translation>%1 procede de %2, que no está autenticado, y está fuera del dominio de correo %3: confirme el servidor antes de confiar en su certificado.</translation>
    </message>
</context>
<context>
    <name>HtmlSheetExporter</name>
    <message>
        <location filename="../core/export/HtmlSheetExporter.cpp" line="+29"/>
        <source>Settings sheet (HTML)</source>
        <translation>Hoja de configuración (HTML)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTML settings sheet a person can read and type from: recommended settings and alternatives</source>
        <translation>Hoja de configuración HTML que una persona puede leer y copiar a mano: configuración recomendada y alternativas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS (cifrado desde el principio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (encryption switched on after connecting)</source>
        <translation>STARTTLS (cifrado activado tras conectar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Normal password</source>
        <translation>Contraseña normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted password (CRAM-MD5)</source>
        <translation>Contraseña cifrada (CRAM-MD5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 (sign in through the provider&apos;s web page)</source>
        <translation>OAuth2 (inicio de sesión a través de la página web del proveedor)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outgoing (SMTP)</source>
        <translation>Saliente (SMTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming (%1)</source>
        <translation>Entrante (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mail settings for %1</source>
        <translation>Configuración de correo para %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended settings</source>
        <translation>Configuración recomendada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your password is not part of this sheet: type it into the mail program yourself.</source>
        <translation>Su contraseña no forma parte de esta hoja: escríbala usted mismo en el programa de correo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This provider requires OAuth2 or an app password: a normal password will be refused.</source>
        <translation>Este proveedor exige OAuth2 o una contraseña de aplicación: una contraseña normal será rechazada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why these settings</source>
        <translation>Por qué esta configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alternatives, if the recommended settings do not work</source>
        <translation>Alternativas, si la configuración recomendada no funciona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found and checked by Mailscout.</source>
        <translation>Encontrado y comprobado por Mailscout.</translation>
    </message>
</context>
<context>
    <name>ImapDialog</name>
    <message>
        <location filename="../core/probe/ImapDialog.cpp" line="+84"/>
        <source>The server says: %1</source>
        <translation>El servidor dice: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server asked for data nobody announced.</source>
        <translation>El servidor pidió datos que nadie anunció.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server closed the session: %1</source>
        <translation>El servidor cerró la sesión: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered a command that was never sent.</source>
        <translation>El servidor respondió a una orden que nunca se envió.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server refuses connections: %1</source>
        <translation>El servidor rechaza las conexiones: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server greeted with PREAUTH before TLS, which makes STARTTLS impossible; nothing was sent.</source>
        <translation>El servidor saludó con PREAUTH antes de TLS, lo que hace imposible STARTTLS; no se envió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server logs everyone in without a password (PREAUTH).</source>
        <translation>El servidor deja entrar a cualquiera sin contraseña (PREAUTH).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server refused CAPABILITY: %1</source>
        <translation>El servidor rechazó CAPABILITY: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not list its capabilities.</source>
        <translation>El servidor no enumeró sus capacidades.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server advertised STARTTLS but refused it: %1</source>
        <translation>El servidor anunció STARTTLS pero lo rechazó: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server does not offer STARTTLS.</source>
        <translation>El servidor no ofrece STARTTLS.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not attempted: the server logged us in without a password (PREAUTH).</source>
        <translation>No se intentó: el servidor nos dejó entrar sin contraseña (PREAUTH).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not attempted: the server disabled LOGIN here.</source>
        <translation>No se intentó: el servidor desactivó LOGIN aquí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not attempted: this user name or password needs SASL, which the server does not offer.</source>
        <translation>No se intentó: este nombre de usuario o contraseña necesita SASL, que el servidor no ofrece.</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <location filename="../core/export/JsonExporter.cpp" line="+12"/>
        <source>Discovery result (JSON)</source>
        <translation>Resultado de descubrimiento (JSON)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The whole run as JSON (mailscout.discovery/1): candidates, probes, configurations, diagnosis</source>
        <translation>La ejecución completa en JSON (mailscout.discovery/1): candidatos, sondeos, configuraciones, diagnóstico</translation>
    </message>
</context>
<context>
    <name>K9Exporter</name>
    <message>
        <location filename="../core/export/K9Exporter.cpp" line="+49"/>
        <source>K-9 Mail / Thunderbird for Android</source>
        <translation>K-9 Mail / Thunderbird para Android</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>K-9 Mail / Thunderbird for Android settings file (.k9s), one account, no password</source>
        <translation>Archivo de ajustes de K-9 Mail / Thunderbird para Android (.k9s), una cuenta, sin contraseña</translation>
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
        <translation>mbsyncrc para isync/mbsync 1.4 y 1.5: la cuenta IMAP reflejada en un Maildir local</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mbsync only speaks IMAP; this configuration fetches mail with POP3.</source>
        <translation>mbsync solo habla IMAP; esta configuración recoge el correo con POP3.</translation>
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
        <translation>msmtprc para msmtp, el sustituto de sendmail (modo de archivo 0600)</translation>
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
        <translation>Fragmento de configuración de NeoMutt para incluir desde neomuttrc (contraseña mediante orden)</translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <location filename="../ui/OutcomeStyle.cpp" line="+44"/>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure</source>
        <translation>seguro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>insecure</source>
        <translation>inseguro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate</source>
        <translation>certificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filtered?</source>
        <translation>¿filtrado?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filtered</source>
        <translation>filtrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No source named this port, so it was not checked.</source>
        <translation>Ninguna fuente indicó este puerto, así que no se comprobó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be checked.</source>
        <translation>Esperando a ser comprobado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being checked now.</source>
        <translation>Comprobándose ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works, encrypted from the first byte with a trusted certificate.</source>
        <translation>Funciona, cifrado desde el primer byte con un certificado de confianza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works, encrypted, with a certificate you accepted for this server.</source>
        <translation>Funciona, cifrado, con un certificado que usted aceptó para este servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works, encrypted after STARTTLS with a trusted certificate.</source>
        <translation>Funciona, cifrado tras STARTTLS con un certificado de confianza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers, but not safely: no encryption or a deprecated protocol.</source>
        <translation>Responde, pero no de forma segura: sin cifrado o con un protocolo obsoleto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers, but its certificate cannot be trusted.</source>
        <translation>Responde, pero su certificado no es de confianza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing listens here, or a firewall rejects the connection.</source>
        <translation>Aquí no escucha nada, o un cortafuegos rechaza la conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer yet, long after the server answered on other ports: most likely a firewall. Mailscout keeps waiting in the background.</source>
        <translation>Aún sin respuesta, mucho después de que el servidor respondiera en otros puertos: muy probablemente un cortafuegos. Mailscout sigue esperando en segundo plano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer at all: usually a firewall that drops the connection.</source>
        <translation>Ninguna respuesta: normalmente un cortafuegos que descarta la conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something answered, but not as a mail server should.</source>
        <translation>Algo respondió, pero no como debería un servidor de correo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was stopped before it finished.</source>
        <translation>La comprobación se detuvo antes de terminar.</translation>
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
        <translation>Respuesta de Outlook Autodiscover (POX) para IMAP/POP3 + SMTP, el archivo al que apunta la exportación outlook-reg</translation>
    </message>
</context>
<context>
    <name>OutlookRegExporter</name>
    <message>
        <location filename="../core/export/OutlookRegExporter.cpp" line="+22"/>
        <source>Outlook registry file</source>
        <translation>Archivo de registro de Outlook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows .reg that makes classic Outlook (Office 16.0) read the Autodiscover export locally</source>
        <translation>.reg de Windows que hace que Outlook clásico (Office 16.0) lea localmente la exportación Autodiscover</translation>
    </message>
</context>
<context>
    <name>ParseError</name>
    <message>
        <location filename="../core/probe/ParseError.cpp" line="+14"/>
        <source>The server sent a line longer than any mail server needs.</source>
        <translation>El servidor envió una línea más larga de lo que necesita cualquier servidor de correo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent a reply with far too many lines.</source>
        <translation>El servidor envió una respuesta con demasiadas líneas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent far more data than a mail server does.</source>
        <translation>El servidor envió muchos más datos de los que envía un servidor de correo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer does not follow the protocol.</source>
        <translation>La respuesta del servidor no sigue el protocolo.</translation>
    </message>
</context>
<context>
    <name>Pop3Dialog</name>
    <message>
        <location filename="../core/probe/Pop3Dialog.cpp" line="+61"/>
        <source>The server refuses to talk: %1</source>
        <translation>El servidor se niega a comunicarse: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The server advertised STLS but refused it: %1</source>
        <translation>El servidor anunció STLS pero lo rechazó: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server does not offer STLS.</source>
        <translation>El servidor no ofrece STLS.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not attempted: the server offers no login method here.</source>
        <translation>No se intentó: el servidor no ofrece aquí ningún método de inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="+45"/>
        <source>Check one server port: TCP, TLS or STARTTLS, capabilities, optionally a login.</source>
        <translation>Comprobar un puerto de servidor: TCP, TLS o STARTTLS, capacidades y, opcionalmente, un inicio de sesión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server name (or address) to check.</source>
        <translation>El nombre (o la dirección) del servidor a comprobar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smtp, imap or pop3.</source>
        <translation>smtp, imap o pop3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The port (default: the standard port for the protocol and security).</source>
        <translation>El puerto (por defecto: el puerto estándar del protocolo y la seguridad).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tls (implicit TLS, the default), starttls or plain.</source>
        <translation>tls (TLS implícito, por defecto), starttls o plain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a login as this user.</source>
        <translation>Verificar un inicio de sesión como este usuario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Leer la contraseña de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this SASL mechanism for the login (e.g. SCRAM-SHA-256).</source>
        <translation>Usar este mecanismo SASL para iniciar sesión (p. ej. SCRAM-SHA-256).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow sending the password over an unencrypted or unverified connection to this server.</source>
        <translation>Permitir enviar la contraseña por una conexión sin cifrar o sin verificar a este servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also trust the CA certificates in this PEM file (repeatable).</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM (repetible).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST1:PORT1:HOST2:PORT2 — connect there instead, as curl does (repeatable).</source>
        <translation>HOST1:PORT1:HOST2:PORT2 — conectarse allí en su lugar, como hace curl (repetible).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT:ADDRESS — use this address for HOST, as curl does (repeatable).</source>
        <translation>HOST:PORT:DIRECCIÓN — usar esta dirección para HOST, como hace curl (repetible).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds to wait for a connection and for each answer (default 10).</source>
        <translation>Segundos de espera para una conexión y para cada respuesta (10 por defecto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object (schema mailscout.probe/1, see docs/json.md).</source>
        <translation>Imprimir un objeto JSON (esquema mailscout.probe/1, vea docs/json.md).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also print the dialogue with the server (passwords redacted).</source>
        <translation>Imprimir también el diálogo con el servidor (contraseñas ocultas).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>give exactly one HOST</source>
        <translation>indique exactamente un HOST</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>«%1» no es un nombre de host válido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--protocol is required (smtp, imap or pop3)</source>
        <translation>--protocol es obligatorio (smtp, imap o pop3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown protocol &quot;%1&quot; (use smtp, imap or pop3)</source>
        <translation>protocolo desconocido «%1» (use smtp, imap o pop3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown security &quot;%1&quot; (use tls, starttls or plain)</source>
        <translation>seguridad desconocida «%1» (use tls, starttls o plain)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>el puerto debe ser un número del 1 al 65535, no «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout must be a number of seconds above 0</source>
        <translation>--timeout debe ser un número de segundos mayor que 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA file &quot;%1&quot; does not exist</source>
        <translation>el archivo de CA «%1» no existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no PEM certificate in &quot;%1&quot;</source>
        <translation>ningún certificado PEM en «%1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--user and --password-stdin go together</source>
        <translation>--user y --password-stdin van juntos</translation>
    </message>
</context>
<context>
    <name>ProbeOutcome</name>
    <message>
        <location filename="../core/model/ProbeOutcome.cpp" line="+57"/>
        <source>The server answered and works.</source>
        <translation>El servidor respondió y funciona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server works and accepted the login.</source>
        <translation>El servidor funciona y aceptó el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server works but refused the login.</source>
        <translation>El servidor funciona pero rechazó el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection was refused: nothing listens on this port.</source>
        <translation>Se rechazó la conexión: nada escucha en este puerto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer in time: the port is probably blocked by a firewall or the ISP.</source>
        <translation>Sin respuesta a tiempo: probablemente un cortafuegos o el proveedor de Internet bloquea el puerto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network or host is unreachable from here.</source>
        <translation>La red o el host no es alcanzable desde aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server name could not be found in DNS.</source>
        <translation>No se encontró el nombre del servidor en el DNS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encrypted connection could not be set up.</source>
        <translation>No se pudo establecer la conexión cifrada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>El certificado del servidor no es de confianza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is for another name.</source>
        <translation>El certificado del servidor es para otro nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate has expired.</source>
        <translation>El certificado del servidor ha caducado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not offer STARTTLS: the connection stays unencrypted.</source>
        <translation>El servidor no ofrece STARTTLS: la conexión queda sin cifrar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data was injected before encryption started: someone may be tampering with the connection.</source>
        <translation>Se inyectaron datos antes de empezar el cifrado: puede que alguien esté manipulando la conexión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something else answers on this port, not the expected mail protocol.</source>
        <translation>En este puerto responde otra cosa, no el protocolo de correo esperado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered with an error.</source>
        <translation>El servidor respondió con un error.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check was cancelled.</source>
        <translation>Se canceló la comprobación.</translation>
    </message>
</context>
<context>
    <name>ProbeReportSection</name>
    <message>
        <location filename="../core/export/ProbeReportSection.cpp" line="+26"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not seen</source>
        <translation>no visto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguna</translation>
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
        <translation>ninguna (sin cifrar)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2:%3 (%4)</source>
        <translation>%1 %2:%3 (%4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>works, login accepted</source>
        <translation>funciona, inicio de sesión aceptado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>works, but the login was refused</source>
        <translation>funciona, pero se rechazó el inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time (filtered?)</source>
        <translation>sin respuesta a tiempo (¿filtrado?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network or host unreachable</source>
        <translation>red o host inalcanzable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name not found in DNS</source>
        <translation>nombre no encontrado en el DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS could not be set up</source>
        <translation>no se pudo establecer TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate not trusted</source>
        <translation>certificado no fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate for another name</source>
        <translation>certificado para otro nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate expired</source>
        <translation>certificado caducado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS no ofrecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS injection attack detected</source>
        <translation>detectado ataque de inyección STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another service answers</source>
        <translation>responde otro servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server error</source>
        <translation>error del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>secure (STARTTLS)</source>
        <translation>seguro (STARTTLS)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>secure</source>
        <translation>seguro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unencrypted</source>
        <translation>sin cifrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad certificate</source>
        <translation>certificado no válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no STARTTLS</source>
        <translation>sin STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+124"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>filtered</source>
        <translation>filtrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ATTACK</source>
        <translation>ATAQUE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate subject</source>
        <translation>Sujeto del certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names (SANs)</source>
        <translation>Nombres (SAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 until %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 bits, signed with %3</source>
        <translation>%1, %2 bits, firmado con %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+104"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name matches</source>
        <translation>El nombre coincide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted by the user</source>
        <translation>Aceptado por el usuario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate errors</source>
        <translation>Errores de certificado</translation>
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
        <translation>no establecido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outdated TLS</source>
        <translation>TLS obsoleto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The server speaks only TLS 1.0/1.1 (RFC 8996).</source>
        <translation>El servidor solo habla TLS 1.0/1.1 (RFC 8996).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handshake error</source>
        <translation>Error de negociación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none received</source>
        <translation>no se recibió ninguno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chain %1</source>
        <translation>Cadena %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, issued by %2, SHA-256 %3</source>
        <translation>%1, emitido por %2, SHA-256 %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connect</source>
        <translation>conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>greeting</source>
        <translation>saludo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>capabilities</source>
        <translation>capacidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login</source>
        <translation>inicio de sesión</translation>
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
        <translation>Sin transcripción: no se intercambió nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The transcript was cut off at its limit.</source>
        <translation>La transcripción se cortó en su límite.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not attempted</source>
        <translation>no intentado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities before TLS</source>
        <translation>Capacidades antes de TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities after TLS</source>
        <translation>Capacidades después de TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login methods</source>
        <translation>Métodos de inicio de sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with %2: %3</source>
        <translation>%1 con %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timings</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check did:</source>
        <translation>Lo que hizo la comprobación:</translation>
    </message>
</context>
<context>
    <name>ProbeSummary</name>
    <message>
        <location filename="../core/report/ProbeSummary.cpp" line="+20"/>
        <source>works, secure</source>
        <translation>funciona, seguro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>works, NOT secure</source>
        <translation>funciona, NO es seguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not work</source>
        <translation>no funciona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 port %3 (%4): %5</source>
        <translation>%1 %2 puerto %3 (%4): %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trusted, name matches</source>
        <translation>de confianza, el nombre coincide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, issued by %2, valid until %3 (%4)</source>
        <translation>%1, emitido por %2, válido hasta %3 (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login methods</source>
        <translation>Métodos de inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Login</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>accepted (%1)</source>
        <translation>aceptado (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused (%1)</source>
        <translation>rechazado (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dns</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connect</source>
        <translation>conexión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tls</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>greeting</source>
        <translation>saludo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capabilities</source>
        <translation>capacidades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>login</source>
        <translation>inicio de sesión</translation>
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
        <translation>Tiempos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>ProfileSigner</name>
    <message>
        <location filename="../core/export/ProfileSigner.cpp" line="+24"/>
        <source>Cannot read &quot;%1&quot;.</source>
        <translation>No se puede leer «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing needs the openssl command, which is not installed.</source>
        <translation>Para firmar se necesita la orden openssl, que no está instalada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not run openssl: %1</source>
        <translation>No se pudo ejecutar openssl: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>openssl did not finish signing in time.</source>
        <translation>openssl no terminó de firmar a tiempo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>openssl could not sign the profile: %1</source>
        <translation>openssl no pudo firmar el perfil: %1</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../core/probe/ProtocolDialog.cpp" line="+46"/>
        <source>Not attempted: the connection is not encrypted, and the password is only sent over verified TLS unless you allow it for this server.</source>
        <translation>No se intentó: la conexión no está cifrada, y la contraseña solo se envía por TLS verificado salvo que usted lo permita para este servidor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not attempted: the server offers no login mechanism here.</source>
        <translation>No se intentó: el servidor no ofrece aquí ningún mecanismo de inicio de sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not attempted: none of the server&apos;s login mechanisms (%1) is usable.</source>
        <translation>No se intentó: ninguno de los mecanismos de inicio de sesión del servidor (%1) es utilizable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not attempted: the %1 mechanism could not be started.</source>
        <translation>No se intentó: no se pudo iniciar el mecanismo %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server answered with TLS: this port expects TLS from the first byte (implicit TLS).</source>
        <translation>El servidor respondió con TLS: este puerto espera TLS desde el primer byte (TLS implícito).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A web server (HTTP) answers on this port, not a mail server.</source>
        <translation>En este puerto responde un servidor web (HTTP), no un servidor de correo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An SSH server answers on this port, not a mail server.</source>
        <translation>En este puerto responde un servidor SSH, no un servidor de correo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An SMTP server answers on this port, not %1.</source>
        <translation>En este puerto responde un servidor SMTP, no %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An IMAP server answers on this port, not %1.</source>
        <translation>En este puerto responde un servidor IMAP, no %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A POP3 server answers on this port, not %1.</source>
        <translation>En este puerto responde un servidor POP3, no %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer is not %1.</source>
        <translation>La respuesta del servidor no es %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n byte(s) arrived after the server&apos;s STARTTLS go-ahead and before encryption: someone may be injecting data. The connection was dropped.</source>
        <translation>
            <numerusform>Llegó %n byte tras la autorización STARTTLS del servidor y antes del cifrado: puede que alguien esté inyectando datos. Se cortó la conexión.</numerusform>
            <numerusform>Llegaron %n bytes tras la autorización STARTTLS del servidor y antes del cifrado: puede que alguien esté inyectando datos. Se cortó la conexión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ranker</name>
    <message>
        <location filename="../core/assess/Ranker.cpp" line="+59"/>
        <source>Unencrypted: never recommended, whatever the server answers.</source>
        <translation>Sin cifrar: nunca se recomienda, responda lo que responda el servidor.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server accepted your login.</source>
        <translation>El servidor aceptó su inicio de sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered and listed what it supports.</source>
        <translation>El servidor respondió y enumeró lo que admite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its certificate is valid, trusted and issued for %1.</source>
        <translation>Su certificado es válido, de confianza y emitido para %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IMAP keeps your mail on the server, in step on all your devices.</source>
        <translation>IMAP mantiene su correo en el servidor, sincronizado en todos sus dispositivos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>POP3, as you asked.</source>
        <translation>POP3, como pidió.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port 25 is meant for mail between servers: many networks block it and many providers refuse logins there.</source>
        <translation>El puerto 25 está pensado para el correo entre servidores: muchas redes lo bloquean y muchos proveedores rechazan allí los inicios de sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 is meant for mail programs (message submission).</source>
        <translation>El puerto %1 está pensado para programas de correo (envío de mensajes).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encrypted from the first byte (implicit TLS, RFC 8314).</source>
        <translation>Cifrado desde el primer byte (TLS implícito, RFC 8314).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted after an unencrypted start (STARTTLS).</source>
        <translation>Cifrado tras un inicio sin cifrar (STARTTLS).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TLS 1.3, the current version.</source>
        <translation>TLS 1.3, la versión actual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS 1.2.</source>
        <translation>TLS 1.2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a guess from common server names: no source named this server.</source>
        <translation>Solo una suposición a partir de nombres de servidor habituales: ninguna fuente nombró este servidor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Named by a trusted source: %1.</source>
        <translation>Nombrado por una fuente de confianza: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Named by %1, which could not be verified.</source>
        <translation>Nombrado por %1, que no se pudo verificar.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Ready for the login after %n network round trip(s).</source>
        <translation>
            <numerusform>Listo para iniciar sesión tras %n ida y vuelta de red.</numerusform>
            <numerusform>Listo para iniciar sesión tras %n idas y vueltas de red.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unencrypted: your password and mail would cross the network readable.</source>
        <translation>Sin cifrar: su contraseña y su correo cruzarían la red de forma legible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1, which is insecure (RFC 8996).</source>
        <translation>Solo %1, que es inseguro (RFC 8996).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate could not be verified.</source>
        <translation>No se pudo verificar el certificado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You accepted this server&apos;s certificate despite: %1.</source>
        <translation>Usted aceptó el certificado de este servidor pese a: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the login: check the user name and the password.</source>
        <translation>El servidor rechazó el inicio de sesión: compruebe el nombre de usuario y la contraseña.</translation>
    </message>
</context>
<context>
    <name>ReportHtmlExporter</name>
    <message>
        <location filename="../core/export/ReportHtmlExporter.cpp" line="+11"/>
        <source>Helpdesk report (HTML)</source>
        <translation>Informe para soporte (HTML)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helpdesk report as one HTML page: settings, diagnosis, port matrix, certificates, transcripts</source>
        <translation>Informe para soporte en una página HTML: configuración, diagnóstico, matriz de puertos, certificados, transcripciones</translation>
    </message>
</context>
<context>
    <name>ReportPdfExporter</name>
    <message>
        <location filename="../core/export/ReportPdfExporter.cpp" line="+11"/>
        <source>Helpdesk report (PDF)</source>
        <translation>Informe para soporte (PDF)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Helpdesk report as a PDF to attach to a ticket (made by mailscout-render)</source>
        <translation>Informe para soporte en PDF para adjuntar a una incidencia (creado por mailscout-render)</translation>
    </message>
</context>
<context>
    <name>Revision</name>
    <message>
        <location filename="../core/assess/Revision.cpp" line="+16"/>
        <source>%1 port %2 with implicit TLS</source>
        <translation>%1 puerto %2 con TLS implícito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 port %2 with STARTTLS</source>
        <translation>%1 puerto %2 con STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 port %2 without encryption</source>
        <translation>%1 puerto %2 sin cifrado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 port %2 answered late, after %3 s.</source>
        <translation>%1 puerto %2 respondió tarde, tras %3 s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No secure incoming server is left.</source>
        <translation>No queda ningún servidor entrante seguro.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No secure outgoing server is left.</source>
        <translation>No queda ningún servidor saliente seguro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming mail: %1.</source>
        <translation>Correo entrante: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing mail: %1.</source>
        <translation>Correo saliente: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switching incoming mail to %1 (was %2).</source>
        <translation>El correo entrante pasa a %1 (antes %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switching outgoing mail to %1 (was %2).</source>
        <translation>El correo saliente pasa a %1 (antes %2).</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <location filename="../core/probe/SmtpDialog.cpp" line="+56"/>
        <source>The server closed the session: %1 %2</source>
        <translation>El servidor cerró la sesión: %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server refuses to talk: %1</source>
        <translation>El servidor se niega a comunicarse: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server rejected EHLO and HELO: %1</source>
        <translation>El servidor rechazó EHLO y HELO: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server advertised STARTTLS but refused it: %1 %2</source>
        <translation>El servidor anunció STARTTLS pero lo rechazó: %1 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server does not offer STARTTLS.</source>
        <translation>El servidor no ofrece STARTTLS.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The %1 mechanism failed on our side.</source>
        <translation>El mecanismo %1 falló por nuestra parte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server&apos;s login challenge could not be answered.</source>
        <translation>No se pudo responder al desafío de inicio de sesión del servidor.</translation>
    </message>
</context>
<context>
    <name>ThunderbirdExporter</name>
    <message>
        <location filename="../core/export/ThunderbirdExporter.cpp" line="+38"/>
        <source>Thunderbird autoconfig</source>
        <translation>Autoconfig de Thunderbird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thunderbird autoconfig (clientConfig 1.1) to publish at autoconfig.DOMAIN or drop into isp/</source>
        <translation>Autoconfig de Thunderbird (clientConfig 1.1) para publicar en autoconfig.DOMINIO o dejar en isp/</translation>
    </message>
</context>
<context>
    <name>mailscout::AcceptCertificateDialog</name>
    <message>
        <location filename="../ui/AcceptCertificateDialog.cpp" line="+27"/>
        <source>Certificate of %1</source>
        <translation>Certificado de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of %1 cannot be trusted:</source>
        <translation>El certificado de %1 no es de confianza:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHA-256 fingerprint — compare it with the one your provider or administrator gives you, character by character:</source>
        <translation>Huella SHA-256: compárela carácter por carácter con la que le da su proveedor o administrador:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate details</source>
        <translation>Detalles del certificado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have compared the fingerprint and trust this certificate for %1 only</source>
        <translation>He comparado la huella y confío en este certificado solo para %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept becomes possible once you confirm.</source>
        <translation>Podrá aceptar en cuanto lo confirme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accept for this server</source>
        <translation>&amp;Aceptar para este servidor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>mailscout::AccountPage</name>
    <message>
        <location filename="../ui/AccountPage.cpp" line="+32"/>
        <source>standard ports</source>
        <translation>puertos estándar</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Set up my mail account</source>
        <translation>&amp;Configurar mi cuenta de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;iagnose a server (for technicians)</source>
        <translation>&amp;Diagnosticar un servidor (para técnicos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account</source>
        <translation>Su cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Server to diagnose</source>
        <translation>Servidor a diagnosticar</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Verify my login with this password</source>
        <translation>&amp;Verificar mi inicio de sesión con esta contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;know my server</source>
        <translation>Con&amp;ozco mi servidor</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+93"/>
        <source>Your mail account</source>
        <translation>Su cuenta de correo</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Type your e-mail address. Mailscout finds the servers for it and checks each one.</source>
        <translation>Escriba su dirección de correo. Mailscout encuentra sus servidores y comprueba cada uno.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Find and check the settings for an e-mail address.</source>
        <translation>Buscar y comprobar la configuración de una dirección de correo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every standard mail port of one server.</source>
        <translation>Comprobar cada puerto de correo estándar de un servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; shown to the people you write to.</source>
        <translation>Opcional; se muestra a las personas a las que escribe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Used only to verify your login, never stored.</source>
        <translation>Opcional. Solo se usa para verificar su inicio de sesión; nunca se guarda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, never stored</source>
        <translation>opcional, nunca se guarda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sends the password to the recommended servers only, and only over a verified encrypted connection.</source>
        <translation>Envía la contraseña solo a los servidores recomendados y solo por una conexión cifrada verificada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also check a server you name yourself.</source>
        <translation>Comprobar también un servidor que usted indique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your server</source>
        <translation>Su servidor</translation>
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
        <translation>Puerto de su servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave at &quot;standard ports&quot; unless your provider gave you a port.</source>
        <translation>Deje «puertos estándar» salvo que su proveedor le haya dado un puerto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none, or e.g. 2525, 10993</source>
        <translation>ninguno, o p. ej. 2525, 10993</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra ports</source>
        <translation>Puertos adicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Non-standard ports to check besides the seven standard ones, separated by commas.</source>
        <translation>Puertos no estándar que se comprueban además de los siete estándar, separados por comas.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Your na&amp;me:</source>
        <translation>Su no&amp;mbre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail address:</source>
        <translation>Dirección de corr&amp;eo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>Contr&amp;aseña:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hos&amp;t:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtra ports:</source>
        <translation>Puer&amp;tos adicionales:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Diagnose a server</source>
        <translation>Diagnosticar un servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailscout checks the seven standard mail ports of this server, and any extra ones you give.</source>
        <translation>Mailscout comprueba los siete puertos de correo estándar de este servidor y los adicionales que indique.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ports are numbers from 1 to 65535, separated by commas.</source>
        <translation>Los puertos son números del 1 al 65535, separados por comas.</translation>
    </message>
</context>
<context>
    <name>mailscout::AutoconfigSource</name>
    <message>
        <location filename="../core/discovery/AutoconfigSource.cpp" line="+91"/>
        <source>There is no URL to ask.</source>
        <translation>No hay ninguna URL que consultar.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is not a usable clientConfig document: %2</source>
        <translation>%1 no es un documento clientConfig utilizable: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Named by %1 over HTTPS with a verified certificate.</source>
        <translation>Nombrado por %1 por HTTPS con un certificado verificado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named by %1 over unencrypted HTTP, which anybody on the path can alter: confirm the server before trusting its certificate.</source>
        <translation>Nombrado por %1 por HTTP sin cifrar, que cualquiera en el camino puede alterar: confirme el servidor antes de confiar en su certificado.</translation>
    </message>
</context>
<context>
    <name>mailscout::AutodiscoverSource</name>
    <message>
        <location filename="../core/discovery/AutodiscoverSource.cpp" line="+41"/>
        <source>Autodiscover needs a whole e-mail address.</source>
        <translation>Autodiscover necesita una dirección de correo completa.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Named by %1 over HTTPS with a verified certificate.</source>
        <translation>Nombrado por %1 por HTTPS con un certificado verificado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autodiscover at %1, reached through a redirect</source>
        <translation>Autodiscover en %1, alcanzado mediante una redirección</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Autodiscover redirected more than %1 times; stopped at %2.</source>
        <translation>Autodiscover redirigió más de %1 veces; se detuvo en %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Autodiscover redirected to the unusable address “%1”.</source>
        <translation>Autodiscover redirigió a la dirección inutilizable «%1».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Autodiscover&apos;s redirect from %1 to %2 was refused: only HTTPS within %3 is followed.</source>
        <translation>Se rechazó la redirección de Autodiscover de %1 a %2: solo se sigue HTTPS dentro de %3.</translation>
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
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2:%3, %4</source>
        <translation>%1 %2:%3, %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 (recommended)</source>
        <translation>1 (recomendado)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OAuth2 needed</source>
        <translation>Se necesita OAuth2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not tried</source>
        <translation>no intentado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Inicio de sesión</translation>
    </message>
</context>
<context>
    <name>mailscout::Connector</name>
    <message>
        <location filename="../core/probe/Connector.cpp" line="+44"/>
        <source>No server name was given.</source>
        <translation>No se indicó ningún nombre de servidor.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The name %1 could not be resolved: %2</source>
        <translation>No se pudo resolver el nombre %1: %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Connection refused by %1 port %2.</source>
        <translation>Conexión rechazada por %1 puerto %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 port %2 is unreachable: %3</source>
        <translation>%1 puerto %2 es inalcanzable: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to %1 port %2: %3</source>
        <translation>No se pudo conectar a %1 puerto %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The DNS lookup of %1 did not finish within %2 s.</source>
        <translation>La consulta DNS de %1 no terminó en %2 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No answer from %1 port %2 within %3 s: the port is probably filtered by a firewall.</source>
        <translation>Sin respuesta de %1 puerto %2 en %3 s: probablemente un cortafuegos filtra el puerto.</translation>
    </message>
</context>
<context>
    <name>mailscout::Discovery</name>
    <message>
        <location filename="../core/discovery/Discovery.cpp" line="+28"/>
        <source>From the provider data bundled with Mailscout for %1.</source>
        <translation>De los datos de proveedores incluidos con Mailscout para %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundled provider data does not know %1.</source>
        <translation>Los datos de proveedores incluidos no conocen %1.</translation>
    </message>
</context>
<context>
    <name>mailscout::DiscoveryPage</name>
    <message>
        <location filename="../ui/DiscoveryPage.cpp" line="+34"/>
        <location line="+140"/>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Looking for your servers</source>
        <translation>Buscando sus servidores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every source is asked at once and every server is checked as soon as it is named.</source>
        <translation>Se consultan todas las fuentes a la vez y cada servidor se comprueba en cuanto se nombra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Mailscout looks for server names, and what each one found.</source>
        <translation>Dónde busca Mailscout nombres de servidores y qué encontró cada fuente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port matrix</source>
        <translation>Matriz de puertos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per server, one column per protocol and port. Press Enter on a cell for the details of that check.</source>
        <translation>Una fila por servidor, una columna por protocolo y puerto. Pulse Intro en una celda para ver los detalles de esa comprobación.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sources:</source>
        <translation>&amp;Fuentes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ports checked:</source>
        <translation>&amp;Puertos comprobados:</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 of %2 checked, %3 running — %4 s</source>
        <translation>%1 de %2 comprobados, %3 en curso — %4 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped. You can look at what was found so far, or check again.</source>
        <translation>Detenido. Puede ver lo encontrado hasta ahora o volver a comprobar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All checks are done.</source>
        <translation>Todas las comprobaciones han terminado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer is certain; the remaining checks finish in the background. %1</source>
        <translation>La respuesta es segura; las comprobaciones restantes terminan en segundo plano. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check &amp;again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs every check again.</source>
        <translation>Vuelve a ejecutar cada comprobación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops every check now.</source>
        <translation>Detiene ahora cada comprobación.</translation>
    </message>
</context>
<context>
    <name>mailscout::DiscoverySource</name>
    <message>
        <location filename="../core/discovery/DiscoverySource.cpp" line="+13"/>
        <source>No answer within %1 seconds.</source>
        <translation>Sin respuesta en %1 segundos.</translation>
    </message>
</context>
<context>
    <name>mailscout::DonePage</name>
    <message>
        <location filename="../ui/DonePage.cpp" line="+19"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Publish the file as autoconfig for your domain, or in Thunderbird choose Account Settings → Add Mail Account and type the settings shown.</source>
        <translation>Publique el archivo como autoconfig para su dominio, o en Thunderbird elija Configuración de cuentas → Añadir cuenta de correo y escriba la configuración mostrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Outlook, open the file on the Windows computer (the registry file asks before it changes anything), then add the account in Outlook.</source>
        <translation>Cierre Outlook, abra el archivo en el equipo Windows (el archivo de registro pregunta antes de cambiar nada) y luego añada la cuenta en Outlook.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the profile to the Mac, iPhone or iPad, open it, and install it under Settings → Profile Downloaded.</source>
        <translation>Envíe el perfil al Mac, iPhone o iPad, ábralo e instálelo en Ajustes → Perfil descargado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file to the phone and import it in K-9 Mail / Thunderbird for Android under Settings → Import settings.</source>
        <translation>Copie el archivo al teléfono e impórtelo en K-9 Mail / Thunderbird para Android en Ajustes → Importar ajustes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the file where the program reads its configuration and replace the password command in it with yours.</source>
        <translation>Mueva el archivo adonde el programa lee su configuración y sustituya en él la orden de contraseña por la suya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the sheet in a browser to print it or attach it to the ticket.</source>
        <translation>Abra la hoja en un navegador para imprimirla o adjuntarla a la incidencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the records to your domain&apos;s DNS zone.</source>
        <translation>Añada los registros a la zona DNS de su dominio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file or pass it to whoever sets up the mail program.</source>
        <translation>Abra el archivo o páselo a quien configure el programa de correo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can type the settings from the results page into your mail program, or go back and export them.</source>
        <translation>Puede escribir la configuración de la página de resultados en su programa de correo, o volver atrás y exportarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your settings are written.</source>
        <translation>Su configuración está escrita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; written to &lt;tt&gt;%2&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; escrito en &lt;tt&gt;%2&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password was written into any file.</source>
        <translation>No se escribió ninguna contraseña en ningún archivo.</translation>
    </message>
</context>
<context>
    <name>mailscout::ExportPage</name>
    <message>
        <location filename="../ui/ExportPage.cpp" line="+38"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copiar al portapapeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy settings as &amp;text</source>
        <translation>Copiar la configuración como &amp;texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open containing f&amp;older</source>
        <translation>Abrir la carpeta c&amp;ontenedora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop making the P&amp;DF</source>
        <translation>Detener la creación del P&amp;DF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your mail program: Mailscout writes the settings in the form it reads. No password is written.</source>
        <translation>Elija su programa de correo: Mailscout escribe la configuración en la forma que este lee. No se escribe ninguna contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the file under the name the mail program expects.</source>
        <translation>Guarda el archivo con el nombre que espera el programa de correo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies the settings as plain words, to paste into a message or a ticket.</source>
        <translation>Copia la configuración como texto sencillo, para pegarla en un mensaje o una incidencia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Making the PDF</source>
        <translation>Creando el PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stops making the PDF; no file is written.</source>
        <translation>Detiene la creación del PDF; no se escribe ningún archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view:</source>
        <translation>&amp;Vista previa:</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>This format cannot be written: %1</source>
        <translation>Este formato no se puede escribir: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Making the PDF for %1…</source>
        <translation>Creando el PDF para %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not make the PDF, nothing was saved: %1</source>
        <translation>No se pudo crear el PDF, no se guardó nada: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF not saved</source>
        <translation>PDF no guardado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped: the PDF was not saved.</source>
        <translation>Detenido: el PDF no se guardó.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings are on the clipboard as text.</source>
        <translation>La configuración está en el portapapeles como texto.</translation>
    </message>
</context>
<context>
    <name>mailscout::GuessSource</name>
    <message>
        <location filename="../core/discovery/GuessSource.cpp" line="+54"/>
        <source>A guess from the name of the e-mail domain %1, and within it.</source>
        <translation>Una suposición a partir del nombre del dominio de correo %1, y dentro de él.</translation>
    </message>
</context>
<context>
    <name>mailscout::HttpFetcher</name>
    <message>
        <location filename="../core/discovery/HttpFetcher.cpp" line="+26"/>
        <source>A redirect to %1 was refused: only HTTP and HTTPS are followed.</source>
        <translation>Se rechazó una redirección a %1: solo se siguen HTTP y HTTPS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A redirect from HTTPS to unencrypted %1 was refused.</source>
        <translation>Se rechazó una redirección de HTTPS a %1 sin cifrar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A redirect from %1 to %2 was refused: it leaves the domain %3.</source>
        <translation>Se rechazó una redirección de %1 a %2: sale del dominio %3.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 sent more than %2 bytes; the download was stopped.</source>
        <translation>%1 envió más de %2 bytes; se detuvo la descarga.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 sent more than %2 bytes.</source>
        <translation>%1 envió más de %2 bytes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More than %1 redirects, starting at %2.</source>
        <translation>Más de %1 redirecciones, empezando en %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 respondió con el estado HTTP %2.</translation>
    </message>
</context>
<context>
    <name>mailscout::MxSource</name>
    <message>
        <location filename="../core/discovery/MxSource.cpp" line="+47"/>
        <source>the MX record %1 of %2 (plain DNS)</source>
        <translation>el registro MX %1 de %2 (DNS simple)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 says it accepts no mail (a null MX record).</source>
        <translation>%1 indica que no acepta correo (un registro MX nulo).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The MX host %1 belongs to %2 (bundled provider data).</source>
        <translation>El host MX %1 pertenece a %2 (datos de proveedores incluidos).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The MX host %1 lies within %2 itself; the domain&apos;s own autoconfig covers it.</source>
        <translation>El host MX %1 está dentro del propio %2; el autoconfig del dominio ya lo cubre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asked the MX host&apos;s domain %1.</source>
        <translation>Se consultó el dominio %1 del host MX.</translation>
    </message>
</context>
<context>
    <name>mailscout::PdfRenderer</name>
    <message>
        <location filename="../core/export/PdfRenderer.cpp" line="+26"/>
        <source>The PDF renderer %1 did not finish.</source>
        <translation>El renderizador de PDF %1 no terminó.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot make a PDF: the PDF renderer %1 is missing. It is part of Mailscout and is installed beside mailscout-cli; reinstall Mailscout, or export the HTML format instead.</source>
        <translation>No se puede crear el PDF: falta el renderizador de PDF %1. Forma parte de Mailscout y se instala junto a mailscout-cli; reinstale Mailscout o exporte en formato HTML.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The PDF renderer failed: %1</source>
        <translation>Falló el renderizador de PDF: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF renderer %1 crashed.</source>
        <translation>El renderizador de PDF %1 se cerró inesperadamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF renderer %1 ended with status %2 without making a PDF or saying why.</source>
        <translation>El renderizador de PDF %1 terminó con el estado %2 sin crear un PDF ni decir por qué.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot start the PDF renderer %1: %2</source>
        <translation>No se puede iniciar el renderizador de PDF %1: %2</translation>
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
        <translation> sin cifrar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Press Enter or click for the details.</source>
        <translation>Pulse Intro o haga clic para ver los detalles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 on port %2</source>
        <translation>%1 en el puerto %2</translation>
    </message>
</context>
<context>
    <name>mailscout::Probe</name>
    <message>
        <location filename="../core/probe/Probe.cpp" line="+28"/>
        <source>The check did not finish within %1 s.</source>
        <translation>La comprobación no terminó en %1 s.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This system has no working TLS library.</source>
        <translation>Este sistema no tiene una biblioteca TLS funcional.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected to %1 port %2.</source>
        <translation>Conectado a %1 puerto %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Starting TLS handshake.</source>
        <translation>Iniciando la negociación TLS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS established: %1, %2.</source>
        <translation>TLS establecido: %1, %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is deprecated and insecure (RFC 8996).</source>
        <translation>%1 está obsoleto y es inseguro (RFC 8996).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Certificate problems accepted by the user for this server: %1</source>
        <translation>Problemas de certificado aceptados por el usuario para este servidor: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The certificate uses a weak key or signature (RSA under 2048 bits, SHA-1 or MD5).</source>
        <translation>El certificado usa una clave o firma débil (RSA de menos de 2048 bits, SHA-1 o MD5).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Certificate problem: %1</source>
        <translation>Problema de certificado: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server offers only TLS 1.0 or 1.1, which are insecure (RFC 8996): %1</source>
        <translation>El servidor solo ofrece TLS 1.0 o 1.1, que son inseguros (RFC 8996): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plaintext arrived after the STARTTLS go-ahead instead of TLS: someone may be injecting data. The connection was dropped (%1).</source>
        <translation>Llegó texto sin cifrar tras la autorización STARTTLS en lugar de TLS: puede que alguien esté inyectando datos. Se cortó la conexión (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not speak TLS on this port; it may expect STARTTLS (%1).</source>
        <translation>El servidor no habla TLS en este puerto; puede que espere STARTTLS (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed: %1</source>
        <translation>Falló la negociación TLS: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server closed the connection without a greeting.</source>
        <translation>El servidor cerró la conexión sin saludo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>El servidor cerró la conexión inesperadamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection error: %1</source>
        <translation>Error de conexión: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The server sent no greeting within %1 s.</source>
        <translation>El servidor no envió ningún saludo en %1 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the connection but sent no greeting within %1 s; it may expect TLS from the first byte (implicit TLS).</source>
        <translation>El servidor aceptó la conexión pero no envió ningún saludo en %1 s; puede que espere TLS desde el primer byte (TLS implícito).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>La negociación TLS no terminó en %1 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer within %1 s.</source>
        <translation>El servidor no respondió en %1 s.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This connection is not encrypted: anyone on the network can read it.</source>
        <translation>Esta conexión no está cifrada: cualquiera en la red puede leerla.</translation>
    </message>
</context>
<context>
    <name>mailscout::ProbeDetailsDialog</name>
    <message>
        <location filename="../ui/ProbeDetailsDialog.cpp" line="+34"/>
        <source>  (not asked or no answer)
</source>
        <translation>  (no consultado o sin respuesta)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login mechanisms: %1</source>
        <translation>Mecanismos de inicio de sesión: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check of %1</source>
        <translation>Comprobación de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript, passwords removed</source>
        <translation>Transcripción, contraseñas eliminadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ranscript</source>
        <translation>&amp;Transcripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&amp;Capabilities</source>
        <translation>&amp;Capacidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS and certificates</source>
        <translation>TLS y certificados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS &amp;&amp; c&amp;ertificates</source>
        <translation>TLS &amp;&amp; c&amp;ertificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timings</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ti&amp;mings</source>
        <translation>Tie&amp;mpos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server:    %1</source>
        <translation>Servidor:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:    %1 — %2</source>
        <translation>Resultado: %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:   %1</source>
        <translation>Desenlace: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why:       %1</source>
        <translation>Motivo:    %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:   %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greeting:  %1</source>
        <translation>Saludo:    %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login:     %1 (%2) %3</source>
        <translation>Inicio de sesión: %1 (%2) %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning:   %1</source>
        <translation>Aviso:     %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before TLS:</source>
        <translation>Antes de TLS:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After TLS:</source>
        <translation>Después de TLS:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subject:     %1</source>
        <translation>Sujeto:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:      %1</source>
        <translation>Emisor:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names:       %1</source>
        <translation>Nombres:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:  %1</source>
        <translation>Válido desde: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until: %1</source>
        <translation>Válido hasta: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key:         %1, %2 bits</source>
        <translation>Clave:       %1, %2 bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature:   %1</source>
        <translation>Firma:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:     %1</source>
        <translation>SHA-256:     %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No TLS on this connection.</source>
        <translation>Sin TLS en esta conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Established: %1</source>
        <translation>Establecida: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+5"/>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Protocol:    %1%2</source>
        <translation>Protocolo:   %1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (deprecated, insecure)</source>
        <translation> (obsoleto, inseguro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cipher:      %1</source>
        <translation>Cifrado:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted:     %1</source>
        <translation>De confianza: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name match:  %1</source>
        <translation>Nombre coincide: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You accepted this certificate for this server.</source>
        <translation>Usted aceptó este certificado para este servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem:     %1</source>
        <translation>Problema:    %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handshake:   %1</source>
        <translation>Negociación: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server certificate</source>
        <translation>Certificado del servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuer certificate %1</source>
        <translation>Certificado del emisor %1</translation>
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
        <translation>Resolución de nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Inicio de sesión</translation>
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
        <translation>Sin respuesta en %1 s, aunque otros puertos del mismo servidor respondieron en %2 ms: muy probablemente un cortafuegos filtra el puerto. Se sigue esperando, hasta %3 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No answer within %1 s, although the DNS server answered within %2 ms: the port is most likely filtered by a firewall. Still waiting for it, up to %3 s.</source>
        <translation>Sin respuesta en %1 s, aunque el servidor DNS respondió en %2 ms: muy probablemente un cortafuegos filtra el puerto. Se sigue esperando, hasta %3 s.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>The server turned the connection away %n time(s) in a row: it limits how many connections one client may open at once.</source>
        <translation>
            <numerusform>El servidor rechazó la conexión %n vez seguida: limita cuántas conexiones puede abrir a la vez un cliente.</numerusform>
            <numerusform>El servidor rechazó la conexión %n veces seguidas: limita cuántas conexiones puede abrir a la vez un cliente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailscout::ResultsPage</name>
    <message>
        <location filename="../ui/ResultsPage.cpp" line="+32"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login:</source>
        <translation>Inicio de sesión:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Incoming mail</source>
        <translation>Correo entrante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing mail</source>
        <translation>Correo saliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate problems</source>
        <translation>Problemas de certificado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your settings</source>
        <translation>Su configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type these into your mail program, or export them on the next page.</source>
        <translation>Escríbala en su programa de correo o expórtela en la página siguiente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why these settings</source>
        <translation>Por qué esta configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late answer</source>
        <translation>Respuesta tardía</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All secure configurations</source>
        <translation>Todas las configuraciones seguras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked best first; hover a row for its reasons.</source>
        <translation>La mejor primero; pase el ratón sobre una fila para ver sus motivos.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;All secure configurations:</source>
        <translation>&amp;Todas las configuraciones seguras:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Incoming mail (%1)</source>
        <translation>Correo entrante (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing mail (%1)</source>
        <translation>Correo saliente (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth2 (sign in with the provider)</source>
        <translation>OAuth2 (iniciar sesión con el proveedor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal password</source>
        <translation>Contraseña normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(your usual login name)</source>
        <translation>(su nombre de usuario habitual)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, verified</source>
        <translation>%1, verificado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Why these:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por qué estos:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking again…</source>
        <translation>Comprobando de nuevo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended settings for %1:</source>
        <translation>Configuración recomendada para %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure configuration was found for %1.</source>
        <translation>No se encontró ninguna configuración segura para %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Changed after a late answer:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cambiado tras una respuesta tardía:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;What Mailscout noticed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lo que Mailscout ha observado:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1:%2 — %3</source>
        <translation>%1:%2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review and accept…</source>
        <translation>&amp;Revisar y aceptar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review and accept the certificate of %1 port %2</source>
        <translation>Revisar y aceptar el certificado de %1 puerto %2</translation>
    </message>
</context>
<context>
    <name>mailscout::SetupSession</name>
    <message>
        <location filename="../core/session/SetupSession.cpp" line="+127"/>
        <source>The check was stopped before the full connect timeout.</source>
        <translation>La comprobación se detuvo antes de que se agotara todo el tiempo de espera de conexión.</translation>
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
        <translation>Configuración de cuenta de Mailscout</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explains the current page.</source>
        <translation>Explica la página actual.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Type the e-mail address you want to set up. Mailscout asks several sources which servers belong to it and checks each one.

The password is optional: with &quot;Verify my login&quot; it is sent only to the recommended servers over a verified encrypted connection, and it is never saved.

Technicians can choose &quot;Diagnose a server&quot; to check the seven standard mail ports of one host.</source>
        <translation>Escriba la dirección de correo que quiere configurar. Mailscout pregunta a varias fuentes qué servidores le corresponden y comprueba cada uno.

La contraseña es opcional: con «Verificar mi inicio de sesión» solo se envía a los servidores recomendados por una conexión cifrada verificada, y nunca se guarda.

Los técnicos pueden elegir «Diagnosticar un servidor» para comprobar los siete puertos de correo estándar de un host.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each source is asked at once; each server it names is checked as soon as it is named. In the matrix, every cell says in words what became of one port: secure, STARTTLS, insecure, certificate problem, refused (nothing listens) or filtered (a firewall drops it). Select a cell and press Enter for the full transcript.

Next becomes available as soon as the answer is certain; Stop ends every check at once.</source>
        <translation>Se consultan todas las fuentes a la vez; cada servidor nombrado se comprueba en cuanto se nombra. En la matriz, cada celda dice con palabras qué pasó con un puerto: seguro, STARTTLS, inseguro, problema de certificado, rechazado (nada escucha) o filtrado (un cortafuegos lo descarta). Seleccione una celda y pulse Intro para ver la transcripción completa.

«Siguiente» está disponible en cuanto la respuesta es segura; «Detener» termina de inmediato todas las comprobaciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recommended settings are the most secure ones that work. The card can be read aloud to somebody on the phone.

If a server&apos;s certificate cannot be trusted, you may accept that certificate for that server only, after comparing its SHA-256 fingerprint with the one your provider or administrator gives you.</source>
        <translation>La configuración recomendada es la más segura que funciona. La ficha puede leerse en voz alta a alguien por teléfono.

Si el certificado de un servidor no es de confianza, puede aceptarlo solo para ese servidor, tras comparar su huella SHA-256 con la que le da su proveedor o administrador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the mail program and save the file it reads, or copy it. Files never contain your password. &quot;Copy settings as text&quot; copies a summary for a message or a ticket.</source>
        <translation>Elija el programa de correo y guarde el archivo que lee, o cópielo. Los archivos nunca contienen su contraseña. «Copiar la configuración como texto» copia un resumen para un mensaje o una incidencia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page lists the files written and what to do with them.</source>
        <translation>Esta página enumera los archivos escritos y qué hacer con ellos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
</context>
<context>
    <name>mailscout::SourcesModel</name>
    <message>
        <location filename="../ui/SourcesModel.cpp" line="+53"/>
        <source>Provider data bundled with Mailscout</source>
        <translation>Datos de proveedores incluidos con Mailscout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autoconfig from the provider&apos;s web site and the ISPDB</source>
        <translation>Autoconfig desde el sitio web del proveedor y la ISPDB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail exchanger (MX) records</source>
        <translation>Registros de intercambiador de correo (MX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autoconfig for the mail exchanger&apos;s domain</source>
        <translation>Autoconfig para el dominio del intercambiador de correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service (SRV) records</source>
        <translation>Registros de servicio (SRV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlook Autodiscover</source>
        <translation>Outlook Autodiscover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual server names</source>
        <translation>Nombres de servidor habituales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server you named</source>
        <translation>El servidor que usted indicó</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>looking…</source>
        <translation>buscando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found servers</source>
        <translation>servidores encontrados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>detenido</translation>
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
        <translation>%1: el dominio indica que este servicio no se ofrece.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the SRV record %1</source>
        <translation>el registro SRV %1</translation>
    </message>
</context>
<context>
    <name>mailscout::UserSource</name>
    <message>
        <location filename="../core/discovery/UserSource.cpp" line="+53"/>
        <source>Entered by the user.</source>
        <translation>Introducido por el usuario.</translation>
    </message>
</context>
<context>
    <name>mailscout::cli::BatchRunner</name>
    <message>
        <location filename="../app/cli/BatchRunner.cpp" line="+60"/>
        <source>Check every e-mail address or domain in this file (&quot;-&quot;: standard input), one per line; blank lines and lines starting with # are skipped. Prints one result line per address as it finishes.</source>
        <translation>Comprobar cada dirección de correo o dominio de este archivo («-»: entrada estándar), uno por línea; se omiten las líneas vacías y las que empiezan por #. Imprime una línea de resultado por dirección en cuanto termina su comprobación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --batch: jsonl (one JSON object per line, the default) or csv.</source>
        <translation>Con --batch: jsonl (un objeto JSON por línea, por defecto) o csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --batch: how many addresses to check at once (default %1, at most %2).</source>
        <translation>Con --batch: cuántas direcciones comprobar a la vez (%1 por defecto, como máximo %2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--batch-format and --jobs need --batch FILE</source>
        <translation>--batch-format y --jobs necesitan --batch ARCHIVO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--batch reads the addresses from its file: give no ADDRESS</source>
        <translation>--batch lee las direcciones de su archivo: no indique ninguna DIRECCIÓN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--password-stdin cannot be used with --batch: a batch verifies no login</source>
        <translation>--password-stdin no se puede usar con --batch: en modo por lotes no se verifica ningún inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--export cannot be used with --batch: export one address at a time</source>
        <translation>--export no se puede usar con --batch: exporte una dirección cada vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 cannot be used with --batch (see --batch-format)</source>
        <translation>--%1 no se puede usar con --batch (vea --batch-format)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--batch-format takes jsonl or csv, not &quot;%1&quot;</source>
        <translation>--batch-format admite jsonl o csv, no «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--jobs must be a number from 1 to %1</source>
        <translation>--jobs debe ser un número de 1 a %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>no se puede leer «%1»: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--jobs %1 lowered to %2 to fit the limit of open files (ulimit -n)</source>
        <translation>--jobs %1 reducido a %2 para respetar el límite de archivos abiertos (ulimit -n)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the line is longer than %1 bytes</source>
        <translation>la línea ocupa más de %1 bytes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not an e-mail address or a domain; check a single server with &quot;mailscout-cli discover HOST&quot; instead</source>
        <translation>no es una dirección de correo ni un dominio; compruebe un solo servidor con «mailscout-cli discover HOST» en su lugar</translation>
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
        <translation>Uso: %1 ORDEN [opciones]
Busca, comprueba y clasifica la configuración de servidores de correo de una cuenta.

Órdenes:
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
        <translation>Opciones:
  -h, --help       Mostrar esta ayuda.
  -v, --version    Mostrar la versión.
  --lang CÓDIGO    Usar este idioma (de, fr, es, en) en lugar del del sistema;
                   antes de la orden.

Ejecute «%1 ORDEN --help» para ver las opciones de una orden.
</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>mailscout-cli: --lang needs a language code, e.g. --lang de</source>
        <translation>mailscout-cli: --lang necesita un código de idioma, p. ej. --lang es</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>mailscout-cli: unknown command &quot;%1&quot;; try --help</source>
        <translation>mailscout-cli: orden desconocida «%1»; pruebe --help</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="+30"/>
        <source>no PEM certificate in &quot;%1&quot;</source>
        <translation>ningún certificado PEM en «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--dns-server needs an IP address, not &quot;%1&quot;</source>
        <translation>--dns-server necesita una dirección IP, no «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--ispdb-url needs an http:// or https:// URL</source>
        <translation>--ispdb-url necesita una URL http:// o https://</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Finds, checks and ranks the mail server settings for an account.</source>
        <translation>Busca, comprueba y clasifica la configuración de servidores de correo de una cuenta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with this e-mail address filled in.</source>
        <translation>Empezar con esta dirección de correo ya escrita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server to check: with --address, &quot;I know my server&quot;; alone, diagnose this host.</source>
        <translation>El servidor a comprobar: con --address, «Conozco mi servidor»; solo, diagnosticar este host.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST1:PORT1:HOST2:PORT2 — connect there instead, as curl does (repeatable).</source>
        <translation>HOST1:PORT1:HOST2:PORT2 — conectarse allí en su lugar, como hace curl (repetible).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT:ADDRESS — use this address for HOST, as curl does (repeatable).</source>
        <translation>HOST:PORT:DIRECCIÓN — usar esta dirección para HOST, como hace curl (repetible).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also trust the CA certificates in this PEM file (repeatable).</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM (repetible).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask this DNS server (an IP address) for MX and SRV records.</source>
        <translation>Consultar a este servidor DNS (una dirección IP) los registros MX y SRV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL of the ISP database.</source>
        <translation>URL base de la base de datos de ISP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this language (de, fr, es, en) instead of the system&apos;s.</source>
        <translation>Usar este idioma (de, fr, es, en) en lugar del del sistema.</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <location filename="../app/render_main.cpp" line="+44"/>
        <source>Prints an HTML page (a Mailscout report or settings sheet) to a PDF file.
Reads the HTML from FILE, or from standard input when FILE is missing or &quot;-&quot;.</source>
        <translation>Imprime una página HTML (un informe de Mailscout o una hoja de configuración) en un archivo PDF.
Lee el HTML de ARCHIVO, o de la entrada estándar si falta ARCHIVO o es «-».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the PDF to this file instead of standard output.</source>
        <translation>Escribir el PDF en este archivo en lugar de la salida estándar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 (the default) or Letter.</source>
        <translation>A4 (por defecto) o Letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HTML file.</source>
        <translation>El archivo HTML.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only one input file, please</source>
        <translation>solo un archivo de entrada, por favor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--page-size takes A4 or Letter</source>
        <translation>--page-size admite A4 o Letter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>no se puede leer «%1»: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the input is too large</source>
        <translation>la entrada es demasiado grande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write to standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>no se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write the PDF: %1</source>
        <translation>no se puede escribir el PDF: %1</translation>
    </message>
</context>
</TS>

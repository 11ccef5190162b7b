<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ecoclaim::Accounts</name>
    <message>
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>City supervisor</source>
        <translation>市级督办</translation>
    </message>
    <message>
        <source>Archivist</source>
        <translation>档案员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: use 2 to 63 lower-case letters, digits and &apos;_&apos;, starting with a letter.</source>
        <translation>“%1”不能作为登录名：请使用2至63个小写字母、数字或“_”，并以字母开头。</translation>
    </message>
    <message>
        <source>The login or the password is not right.</source>
        <translation>登录名或密码不正确。</translation>
    </message>
    <message>
        <source>Only an administrator may add or change accounts: sign in as one.</source>
        <translation>只有管理员可以新增或变更账户，请以管理员身份登录。</translation>
    </message>
    <message>
        <source>Only an administrator may list the accounts: sign in as one.</source>
        <translation>只有管理员可以查看账户列表，请以管理员身份登录。</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>请填写人员姓名。</translation>
    </message>
    <message>
        <source>A caseworker or unit head belongs to a handling unit: give --unit.</source>
        <translation>承办人或部门负责人须属于一个承办部门，请填写 --unit。</translation>
    </message>
    <message>
        <source>A caseworker or unit head works in a district: give its six-digit code (--district).</source>
        <translation>承办人或部门负责人须属于一个区，请填写六位区划代码（--district）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district code (six digits).</source>
        <translation>“%1”不是区划代码（应为六位数字）。</translation>
    </message>
    <message>
        <source>The first password must have at least %1 characters.</source>
        <translation>初始密码至少须有%1个字符。</translation>
    </message>
    <message>
        <source>The first account of a database must be an administrator (--role admin).</source>
        <translation>数据库的第一个账户必须是管理员（--role admin）。</translation>
    </message>
    <message>
        <source>There is already an account &quot;%1&quot;.</source>
        <translation>账户“%1”已存在。</translation>
    </message>
    <message>
        <source>The password could not be hashed (not enough memory).</source>
        <translation>无法计算密码散列值（内存不足）。</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>不存在账户“%1”。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled already.</source>
        <translation>账户“%1”已经停用。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is %2 already.</source>
        <translation>账户“%1”的角色已经是%2。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no unit and district: a caseworker or unit head needs both.</source>
        <translation>账户“%1”未登记承办部门和所属区，承办人或部门负责人须两者齐备。</translation>
    </message>
    <message>
        <source>This connection is signed in to the server as &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>本连接以“%1”身份登录服务器，而不是“%2”。</translation>
    </message>
    <message>
        <source>After %1 wrong passwords this account is locked until %2 (UTC); try again later.</source>
        <translation>因连续%1次密码错误，该账户已锁定至%2（协调世界时），请稍后再试。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>账户“%1”已停用。</translation>
    </message>
    <message>
        <source>The server connection cannot compute a password verifier.</source>
        <translation>服务器连接无法计算密码校验值。</translation>
    </message>
    <message>
        <source>The server connection cannot compute a password verifier: %1</source>
        <translation>服务器连接无法计算密码校验值：%1</translation>
    </message>
    <message>
        <source>The server refused to create the login &quot;%1&quot; (it may exist already, or this connection may not create roles).</source>
        <translation>服务器拒绝创建登录名“%1”（可能已存在，或本连接无权创建角色）。</translation>
    </message>
    <message>
        <source>The server refused to prepare the staff role: this connection must own the database and be allowed to create roles.</source>
        <translation>服务器拒绝建立工作人员角色：本连接须为数据库所有者并有权创建角色。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ActionGroup</name>
    <message>
        <source>Clue and verification</source>
        <translation>线索与初步核查</translation>
    </message>
    <message>
        <source>Liable parties</source>
        <translation>赔偿义务人</translation>
    </message>
    <message>
        <source>Investigation and appraisal</source>
        <translation>损害调查与鉴定评估</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>磋商</translation>
    </message>
    <message>
        <source>Agreement, court and enforcement</source>
        <translation>赔偿协议、诉讼与强制执行</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>生态修复</translation>
    </message>
    <message>
        <source>Payments, costs and emergencies</source>
        <translation>赔偿金缴纳、费用与应急处置</translation>
    </message>
    <message>
        <source>Papers and materials</source>
        <translation>法律文书与案卷材料</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Jurisdiction, supervision and linked proceedings</source>
        <translation>管辖、督办与关联程序</translation>
    </message>
    <message>
        <source>Ending, closing and archiving</source>
        <translation>终止、结案与归档</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Archive</name>
    <message>
        <source>The archive entry %1 could not be written (error %2).</source>
        <translation>无法写入档案包条目%1（错误%2）。</translation>
    </message>
    <message>
        <source>%1 could not be read for the archive.</source>
        <translation>无法读取%1以写入档案包。</translation>
    </message>
    <message>
        <source>The archive entry %1 could not be written.</source>
        <translation>无法写入档案包条目%1。</translation>
    </message>
    <message>
        <source>The stored file %1 has been altered: its bytes no longer match its SHA-256; nothing is exported.</source>
        <translation>存储文件%1已被改动：其内容与SHA-256摘要不符，未导出任何内容。</translation>
    </message>
    <message>
        <source>The archive could not be finished (error %1).</source>
        <translation>档案包未能完成（错误%1）。</translation>
    </message>
    <message>
        <source>The PDF %1 could not be read back.</source>
        <translation>无法读回PDF文件%1。</translation>
    </message>
    <message>
        <source>The audit log of this database is broken (%1); an archive cannot vouch for it.</source>
        <translation>本数据库的审计日志已损坏（%1），档案包无法为其作证。</translation>
    </message>
    <message>
        <source>The stored file of &quot;%1&quot; (%2) is missing from %3; nothing is exported.</source>
        <translation>“%1”的存储文件（%2）在%3中缺失，未导出任何内容。</translation>
    </message>
    <message>
        <source>No temporary folder for the archive&apos;s PDFs.</source>
        <translation>没有可用于生成档案PDF的临时文件夹。</translation>
    </message>
    <message>
        <source>The archive %1 cannot be created.</source>
        <translation>无法创建档案包%1。</translation>
    </message>
    <message>
        <source>The stored file %1 cannot be read.</source>
        <translation>无法读取存储文件%1。</translation>
    </message>
    <message>
        <source>The archive could not be moved to %1.</source>
        <translation>无法将档案包移至%1。</translation>
    </message>
    <message>
        <source>%1 is not imported: it did not pass verification.</source>
        <translation>%1未导入：未通过检测。</translation>
    </message>
    <message>
        <source>%1 changed after it was verified; nothing is imported.</source>
        <translation>%1在检测后被改动，未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive, or it is truncated or damaged (its directory cannot be read).</source>
        <translation>%1不是ZIP压缩包，或已被截断、损坏（无法读取其目录）。</translation>
    </message>
    <message>
        <source>%1 is damaged: an entry of its directory cannot be read.</source>
        <translation>%1已损坏：无法读取其目录中的条目。</translation>
    </message>
    <message>
        <source>%1 is damaged: its directory cannot be read (error %2).</source>
        <translation>%1已损坏：无法读取其目录（错误%2）。</translation>
    </message>
    <message>
        <source>The archive has more than %1 entries.</source>
        <translation>档案包条目超过%1个。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot;: %2.</source>
        <translation>条目“%1”：%2。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a symbolic link.</source>
        <translation>条目“%1”是符号链接。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a directory with content.</source>
        <translation>条目“%1”是带内容的目录。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is encrypted: an archive must be readable without a password.</source>
        <translation>条目“%1”已加密：档案包必须无需密码即可读取。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; uses compression method %2 (only stored and deflated are accepted).</source>
        <translation>条目“%1”使用压缩方法%2（仅接受存储和deflate）。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; appears twice.</source>
        <translation>条目“%1”重复出现。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is too large (%2 bytes; at most %3).</source>
        <translation>条目“%1”过大（%2字节，上限%3）。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; would expand %2 times (a ZIP bomb?).</source>
        <translation>条目“%1”解压后将膨胀%2倍（疑似压缩炸弹）。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is stored but its sizes disagree.</source>
        <translation>条目“%1”为存储方式但大小不一致。</translation>
    </message>
    <message>
        <source>The archive would expand to %1 bytes (at most %2).</source>
        <translation>档案包解压后将达%1字节（上限%2）。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; cannot be opened (error %2).</source>
        <translation>无法打开条目“%1”（错误%2）。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is damaged: it cannot be inflated.</source>
        <translation>条目“%1”已损坏：无法解压。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; holds more bytes than its header declares.</source>
        <translation>条目“%1”的内容多于其头部声明的大小。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; could not be written: %2</source>
        <translation>无法写出条目“%1”：%2</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is damaged: its checksum (CRC) does not match.</source>
        <translation>条目“%1”已损坏：校验和（CRC）不符。</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is shorter than its header declares.</source>
        <translation>条目“%1”短于其头部声明的大小。</translation>
    </message>
    <message>
        <source>Authenticity (真实性)</source>
        <translation>真实性</translation>
    </message>
    <message>
        <source>Completeness (完整性)</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Usability (可用性)</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Security (安全性)</source>
        <translation>安全性</translation>
    </message>
    <message>
        <source>Archive %1 — case %2</source>
        <translation>档案包%1——案件%2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>All four checks passed.</source>
        <translation>四性检测全部通过。</translation>
    </message>
    <message>
        <source>The archive did NOT pass verification.</source>
        <translation>档案包未通过检测。</translation>
    </message>
    <message>
        <source>Entry names stay inside the archive; no links, encryption, duplicates; sizes and ratios within limits</source>
        <translation>条目路径不越出档案包；无链接、加密、重复条目；大小和压缩比在限度内</translation>
    </message>
    <message>
        <source>Not examined: the archive failed the security check.</source>
        <translation>未检测：档案包未通过安全性检测。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Every entry reads whole with its checksum (CRC)</source>
        <translation>每个条目均可完整读出且校验和（CRC）正确</translation>
    </message>
    <message>
        <source>Not examined: an entry could not be read.</source>
        <translation>未检测：有条目无法读取。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1不是有效的JSON：%2</translation>
    </message>
    <message>
        <source>%1 does not open as a PDF: %2</source>
        <translation>%1无法作为PDF打开：%2</translation>
    </message>
    <message>
        <source>index.html is missing or not a readable UTF-8 HTML page.</source>
        <translation>index.html缺失，或不是可读的UTF-8网页。</translation>
    </message>
    <message>
        <source>PDFs open, JSON parses, index.html readable</source>
        <translation>PDF可打开，JSON可解析，index.html可阅读</translation>
    </message>
    <message>
        <source>Required part %1 is missing.</source>
        <translation>缺少必备部分%1。</translation>
    </message>
    <message>
        <source>manifest.json is not the manifest of an EcoClaim case archive.</source>
        <translation>manifest.json不是EcoClaim案卷档案包的清单。</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but not in the archive.</source>
        <translation>%1列于清单中，但档案包中没有。</translation>
    </message>
    <message>
        <source>%1 is in the archive but not in the manifest (added?).</source>
        <translation>%1在档案包中，但清单中没有（被添加？）。</translation>
    </message>
    <message>
        <source>The evidence &quot;%1&quot; has no file in the archive.</source>
        <translation>材料“%1”在档案包中没有对应文件。</translation>
    </message>
    <message>
        <source>The paper &quot;%1&quot; has no PDF in the archive.</source>
        <translation>文书“%1”在档案包中没有PDF。</translation>
    </message>
    <message>
        <source>Required parts present; every manifest entry present and no other</source>
        <translation>必备部分齐全；清单所列条目齐全且无多余条目</translation>
    </message>
    <message>
        <source>Item %1 of the volume is numbered %2 (numbers must run 1, 2, 3… without gaps).</source>
        <translation>卷内第%1件的件号为%2（件号须从1起连续编号）。</translation>
    </message>
    <message>
        <source>Item %1 of the volume (%2) has no file with its digest in the archive.</source>
        <translation>卷内第%1件（%2）在档案包中没有摘要相符的文件。</translation>
    </message>
    <message>
        <source>Items of the volume numbered without gaps, each with its file</source>
        <translation>卷内文件件号连续，每件均有对应文件</translation>
    </message>
    <message>
        <source>%1 does not match its digests in the manifest (altered).</source>
        <translation>%1与清单中的摘要不符（已被改动）。</translation>
    </message>
    <message>
        <source>Size, SHA-256 and SM3 of every entry equal the manifest</source>
        <translation>每个条目的大小、SHA-256和SM3与清单一致</translation>
    </message>
    <message>
        <source>Audit entry %1 does not hash to its recorded value (altered).</source>
        <translation>审计记录%1的摘要与记录值不符（已被改动）。</translation>
    </message>
    <message>
        <source>The last audit entry of the case is not the head the manifest recorded (entries removed or added).</source>
        <translation>本案最后一条审计记录不是清单记录的链头（有记录被删除或添加）。</translation>
    </message>
    <message>
        <source>The manifest recorded %1 audit entries; the archive holds %2.</source>
        <translation>清单记录了%1条审计记录，档案包中有%2条。</translation>
    </message>
    <message>
        <source>The archive holds no audit entries for the case.</source>
        <translation>档案包中没有本案的审计记录。</translation>
    </message>
    <message>
        <source>Audit entries recompute; the case&apos;s chain head equals the manifest&apos;s</source>
        <translation>审计记录摘要可复算，本案链头与清单一致</translation>
    </message>
    <message>
        <source>The case number differs between the manifest, case.json and tables.json.</source>
        <translation>清单、case.json与tables.json中的案件编号不一致。</translation>
    </message>
    <message>
        <source>The case data agrees with the manifest</source>
        <translation>案件数据与清单一致</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key fingerprint (64 hexadecimal digits).</source>
        <translation>“%1”不是密钥指纹（应为 64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>%1 is signed by the key %2, not by the key %3 you accepted; nothing was imported.</source>
        <translation>%1 由密钥 %2 签名，而非您已接受的密钥 %3；未导入任何内容。</translation>
    </message>
    <message>
        <source>The manifest is signed (SM2 with SM3) by a trusted key</source>
        <translation>清单已由受信任的密钥签名（SM2 与 SM3）</translation>
    </message>
    <message>
        <source>Only an administrator creates the unit&apos;s signing key or trusts another unit&apos;s key.</source>
        <translation>只有管理员可以创建本单位签名密钥或信任其他单位的密钥。</translation>
    </message>
    <message>
        <source>an entry has no name</source>
        <translation>条目没有名称</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>绝对路径</translation>
    </message>
    <message>
        <source>a backslash in the name (a Windows path)</source>
        <translation>名称含反斜杠（Windows路径）</translation>
    </message>
    <message>
        <source>a drive letter</source>
        <translation>含盘符</translation>
    </message>
    <message>
        <source>characters outside plain ASCII</source>
        <translation>含ASCII以外的字符</translation>
    </message>
    <message>
        <source>a path that leaves the archive or has empty parts (&quot;..&quot;, &quot;.&quot;, &quot;//&quot;)</source>
        <translation>路径越出档案包或含空段（“..”“.”“//”）</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ArticleRef</name>
    <message>
        <source>Art. %1</source>
        <translation>第%1条</translation>
    </message>
    <message>
        <source> ¶%1</source>
        <translation>第%1款</translation>
    </message>
    <message>
        <source>citation-style: en</source>
        <translation>zh</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Audit</name>
    <message>
        <source>Audit entry %1 was altered after it was written.</source>
        <translation>编号为%1的审计记录在写入后被篡改。</translation>
    </message>
    <message>
        <source>The audit chain is broken before entry %1: an entry was removed or inserted.</source>
        <translation>审计链在编号为%1的记录之前断开：有记录被删除或插入。</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain of %n entries is intact.</source>
        <translation>
            <numerusform>审计链完整，共%n条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file is damaged (SQLite quick_check: %1); its audit chain cannot be vouched for. Restore it from a backup.</source>
        <translation>数据库文件已损坏（SQLite quick_check：%1）；无法确保其审计链可信。请从备份中恢复。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::AuditWording</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1” (version %2)</source>
        <translation>“%1”（第%2版）</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第%2版）</translation>
    </message>
    <message>
        <source>the agreement signed on %1</source>
        <translation>%1签订的赔偿协议</translation>
    </message>
    <message>
        <source>the enforcement applied for on %1</source>
        <translation>%1申请的强制执行</translation>
    </message>
    <message>
        <source>enforcement %1</source>
        <translation>执行案件 %1</translation>
    </message>
    <message>
        <source>consultation round %1</source>
        <translation>第%1轮磋商</translation>
    </message>
    <message>
        <source>the emergency action of %1</source>
        <translation>%1的应急处置</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>第%1号记录</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 · %2: %3 → %4</source>
        <translation>%1 · %2：%3 → %4</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case number series</source>
        <translation>案件编号序列</translation>
    </message>
    <message>
        <source>Preliminary verification</source>
        <translation>初步核查</translation>
    </message>
    <message>
        <source>Damage investigation</source>
        <translation>损害调查</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>鉴定评估</translation>
    </message>
    <message>
        <source>Restoration plan</source>
        <translation>修复方案</translation>
    </message>
    <message>
        <source>Liable party</source>
        <translation>赔偿义务人</translation>
    </message>
    <message>
        <source>Liability share</source>
        <translation>责任份额</translation>
    </message>
    <message>
        <source>Consultation notice</source>
        <translation>磋商告知书</translation>
    </message>
    <message>
        <source>Consultation round</source>
        <translation>磋商</translation>
    </message>
    <message>
        <source>Party at a consultation round</source>
        <translation>参加磋商的赔偿义务人</translation>
    </message>
    <message>
        <source>Consultation failure</source>
        <translation>磋商不成</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>赔偿协议</translation>
    </message>
    <message>
        <source>Party to an agreement</source>
        <translation>协议签署方</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>缴款</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>诉讼</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>强制执行</translation>
    </message>
    <message>
        <source>Enforcement event</source>
        <translation>执行事项</translation>
    </message>
    <message>
        <source>Dishonest debtor listing</source>
        <translation>失信被执行人名单</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Restoration milestone</source>
        <translation>修复节点</translation>
    </message>
    <message>
        <source>Effect evaluation</source>
        <translation>修复效果评估</translation>
    </message>
    <message>
        <source>Linked proceeding</source>
        <translation>关联程序</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Emergency action</source>
        <translation>应急处置</translation>
    </message>
    <message>
        <source>Cost advanced</source>
        <translation>垫付费用</translation>
    </message>
    <message>
        <source>Simple-case grounds</source>
        <translation>简易案件依据</translation>
    </message>
    <message>
        <source>Punitive-damages grounds</source>
        <translation>惩罚性赔偿依据</translation>
    </message>
    <message>
        <source>Joint case group</source>
        <translation>联合办案组</translation>
    </message>
    <message>
        <source>Member of the joint case group</source>
        <translation>联合办案组成员</translation>
    </message>
    <message>
        <source>Cross-region cooperation</source>
        <translation>跨区域协作</translation>
    </message>
    <message>
        <source>Supervision instruction</source>
        <translation>督办指示</translation>
    </message>
    <message>
        <source>Supervision report</source>
        <translation>督办报告</translation>
    </message>
    <message>
        <source>Timetable item</source>
        <translation>办理时间表事项</translation>
    </message>
    <message>
        <source>Reply to the reporter</source>
        <translation>答复举报人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Deadline adjustment</source>
        <translation>期限调整</translation>
    </message>
    <message>
        <source>Deadline change</source>
        <translation>期限变更</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>法律文书</translation>
    </message>
    <message>
        <source>Service of a paper</source>
        <translation>文书送达</translation>
    </message>
    <message>
        <source>Paper number series</source>
        <translation>文书编号序列</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Stored file</source>
        <translation>存储文件</translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Applied script line</source>
        <translation>已执行的脚本指令</translation>
    </message>
    <message>
        <source>Bureau setting</source>
        <translation>本局设置</translation>
    </message>
    <message>
        <source>Holiday calendar year</source>
        <translation>节假日日历年度</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last changed at</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>SHA-256 digest</source>
        <translation>SHA-256 摘要</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>办理阶段</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Last serial number</source>
        <translation>最后流水号</translation>
    </message>
    <message>
        <source>Description of the clue</source>
        <translation>线索描述</translation>
    </message>
    <message>
        <source>Major case</source>
        <translation>重大案件</translation>
    </message>
    <message>
        <source>Early handling requested on</source>
        <translation>提前介入申请日期</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <source>Names of the liable parties</source>
        <translation>赔偿义务人名称</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>Kind of the next deadline</source>
        <translation>下一期限类别</translation>
    </message>
    <message>
        <source>Archived at</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <source>Kind of party</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Verification concluded on</source>
        <translation>核查结束日期</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>决定类别</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Investigation concluded on</source>
        <translation>调查结束日期</translation>
    </message>
    <message>
        <source>Scope of the damage</source>
        <translation>损害范围</translation>
    </message>
    <message>
        <source>Causation</source>
        <translation>因果关系</translation>
    </message>
    <message>
        <source>Appraisal mode</source>
        <translation>鉴定评估方式</translation>
    </message>
    <message>
        <source>Report due on</source>
        <translation>报告应出具日期</translation>
    </message>
    <message>
        <source>State of the appraisal</source>
        <translation>鉴定评估状态</translation>
    </message>
    <message>
        <source>Why the appraisal stopped</source>
        <translation>鉴定评估终止原因</translation>
    </message>
    <message>
        <source>Scope of restoration</source>
        <translation>修复范围</translation>
    </message>
    <message>
        <source>Restoration targets</source>
        <translation>修复目标</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Form of consultation</source>
        <translation>磋商形式</translation>
    </message>
    <message>
        <source>Summary of the round</source>
        <translation>磋商情况摘要</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>What it pays</source>
        <translation>对应赔偿项目</translation>
    </message>
    <message>
        <source>Summary of the judgment</source>
        <translation>判决摘要</translation>
    </message>
    <message>
        <source>Claimed: interim loss</source>
        <translation>诉请：期间损害</translation>
    </message>
    <message>
        <source>Claimed: permanent loss</source>
        <translation>诉请：永久性损害</translation>
    </message>
    <message>
        <source>Claimed: appraisal costs</source>
        <translation>诉请：鉴定评估费用</translation>
    </message>
    <message>
        <source>Claimed: restoration costs</source>
        <translation>诉请：清除污染、修复费用</translation>
    </message>
    <message>
        <source>Claimed: prevention costs</source>
        <translation>诉请：防止损害扩大费用</translation>
    </message>
    <message>
        <source>Claimed: punitive damages</source>
        <translation>诉请：惩罚性赔偿</translation>
    </message>
    <message>
        <source>Pre-emptive restoration</source>
        <translation>先行修复</translation>
    </message>
    <message>
        <source>Milestone due on</source>
        <translation>节点应完成日期</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>修复节点</translation>
    </message>
    <message>
        <source>Evaluation method</source>
        <translation>评估方式</translation>
    </message>
    <message>
        <source>Targets evaluated</source>
        <translation>评估目标</translation>
    </message>
    <message>
        <source>Kind of proceeding</source>
        <translation>程序类别</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>办理命令</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Stage before</source>
        <translation>原阶段</translation>
    </message>
    <message>
        <source>Stage after</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Command as given</source>
        <translation>命令原文</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>变更字段</translation>
    </message>
    <message>
        <source>Digest of the previous entry</source>
        <translation>上一条记录摘要</translation>
    </message>
    <message>
        <source>Digest of the entry</source>
        <translation>本条记录摘要</translation>
    </message>
    <message>
        <source>Kind of deadline</source>
        <translation>期限类别</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <source>Runs from</source>
        <translation>起算日期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>届满日期</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>依据条款</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>State of the deadline</source>
        <translation>期限状态</translation>
    </message>
    <message>
        <source>Calendar note</source>
        <translation>日历说明</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Due before</source>
        <translation>原届满日期</translation>
    </message>
    <message>
        <source>Due after</source>
        <translation>新届满日期</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <source>Holiday table</source>
        <translation>节假日表</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
    <message>
        <source>SM3 digest</source>
        <translation>SM3 摘要</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>存储时间</translation>
    </message>
    <message>
        <source>Kind of material</source>
        <translation>材料类别</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Last paper number</source>
        <translation>最后文书编号</translation>
    </message>
    <message>
        <source>Paper number</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Details given</source>
        <translation>填写事项</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF</source>
        <translation>PDF 的 SHA-256 摘要</translation>
    </message>
    <message>
        <source>SHA-256 of the ODT</source>
        <translation>ODT 的 SHA-256 摘要</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>生成人</translation>
    </message>
    <message>
        <source>SHA-256 of the text</source>
        <translation>正文的 SHA-256 摘要</translation>
    </message>
    <message>
        <source>Fixed by</source>
        <translation>固定原因</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>被替换为</translation>
    </message>
    <message>
        <source>Why it was replaced</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>Method of service</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Proof of service</source>
        <translation>送达回证</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Share in money</source>
        <translation>承担金额</translation>
    </message>
    <message>
        <source>Issuing unit</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>The unit&apos;s own key</source>
        <translation>本单位密钥</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Retired at</source>
        <translation>停用时间</translation>
    </message>
    <message>
        <source>Line id</source>
        <translation>指令编号</translation>
    </message>
    <message>
        <source>Digest of the line</source>
        <translation>指令摘要</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>执行时间</translation>
    </message>
    <message>
        <source>Applied by</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Enforcement concluded on</source>
        <translation>执行终结日期</translation>
    </message>
    <message>
        <source>Note on the result</source>
        <translation>执行结果说明</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Why it was removed</source>
        <translation>移出理由</translation>
    </message>
    <message>
        <source>Why consultation failed</source>
        <translation>磋商不成的情形</translation>
    </message>
    <message>
        <source>Why the department acted</source>
        <translation>处置事由</translation>
    </message>
    <message>
        <source>Claimed as</source>
        <translation>列入赔偿项目</translation>
    </message>
    <message>
        <source>Amount advanced</source>
        <translation>垫付金额</translation>
    </message>
    <message>
        <source>Party assuming the obligation</source>
        <translation>承担义务的赔偿义务人</translation>
    </message>
    <message>
        <source>Instalment due on</source>
        <translation>分期应付日期</translation>
    </message>
    <message>
        <source>Instalment amount</source>
        <translation>分期金额</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>组内职责</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告内容</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>下达日期</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>督办内容</translation>
    </message>
    <message>
        <source>To be done by</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>How the reporter was answered</source>
        <translation>答复方式</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Content of a stored file (server)</source>
        <translation>存储文件内容（服务器）</translation>
    </message>
    <message>
        <source>Piece of a stored file (server)</source>
        <translation>存储文件分块（服务器）</translation>
    </message>
    <message>
        <source>Number of pieces</source>
        <translation>分块数</translation>
    </message>
    <message>
        <source>Bytes of the piece</source>
        <translation>分块内容</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Decision awaiting approval</source>
        <translation>待审批的决定</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Wrong passwords in a row</source>
        <translation>连续输错密码次数</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Decision proposed</source>
        <translation>提请审批的决定</translation>
    </message>
    <message>
        <source>Details of the decision</source>
        <translation>决定内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提请人</translation>
    </message>
    <message>
        <source>Proposed at</source>
        <translation>提请时间</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>审批时间</translation>
    </message>
    <message>
        <source>Item of the day&apos;s work put off</source>
        <translation>暂缓处理的当日工作事项</translation>
    </message>
    <message>
        <source>Spreadsheet import</source>
        <translation>电子表格导入</translation>
    </message>
    <message>
        <source>Case of a spreadsheet import</source>
        <translation>电子表格导入的案件</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Put off until</source>
        <translation>暂缓至</translation>
    </message>
    <message>
        <source>Put off by</source>
        <translation>暂缓人</translation>
    </message>
    <message>
        <source>Put off at</source>
        <translation>暂缓时间</translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation>导入内容</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>文件的 SHA-256 值</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读取方式</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Undone at</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>Undone by</source>
        <translation>撤销人</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>Row of the file</source>
        <translation>文件中的行号</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>所建案件</translation>
    </message>
    <message>
        <source>Steps the row ran</source>
        <translation>该行执行的办理步骤</translation>
    </message>
    <message>
        <source>Tables holding records of the case</source>
        <translation>存有本案记录的数据表</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Backup</name>
    <message>
        <source>%1 is not installed (Debian package postgresql-client); a server database is backed up with it.</source>
        <translation>未安装 %1（Debian 软件包 postgresql-client），服务器数据库需用其备份。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 执行失败：%2</translation>
    </message>
    <message>
        <source>The backup %1 failed its check and was removed: %2</source>
        <translation>备份 %1 未通过校验，已删除：%2</translation>
    </message>
    <message>
        <source>the copy has no %1</source>
        <translation>副本中没有 %1</translation>
    </message>
    <message>
        <source>the copy holds schema %1 and %2 cases, the database schema %3 and %4 cases</source>
        <translation>副本为第 %1 版结构、%2 件案件，数据库为第 %3 版结构、%4 件案件</translation>
    </message>
</context>
<context>
    <name>ecoclaim::CaseReader</name>
    <message>
        <source>Case %1 holds no evidence file %2.</source>
        <translation>案件 %1 中没有证据文件 %2。</translation>
    </message>
    <message>
        <source>There is no case &quot;%1&quot; among the cases you may see.</source>
        <translation>在您有权查看的案件中没有“%1”。</translation>
    </message>
    <message>
        <source>%1 asks for approval: %2</source>
        <translation>%1报请审批：%2</translation>
    </message>
    <message>
        <source>Approval pending</source>
        <translation>待审批</translation>
    </message>
</context>
<context>
    <name>ecoclaim::CaseService</name>
    <message>
        <source>The command has no &quot;cmd&quot;: say what to do, such as &quot;register_clue&quot;.</source>
        <translation>命令缺少&quot;cmd&quot;：请指明要办理的事项，例如&quot;register_clue&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command EcoClaim knows (see docs/commands.md).</source>
        <translation>&quot;%1&quot;不是EcoClaim可识别的命令（参见docs/commands.md）。</translation>
    </message>
    <message>
        <source>Say which case: &quot;case&quot; is its number or id.</source>
        <translation>请指明案件：&quot;case&quot;为案件编号或id。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件%1：%2</translation>
    </message>
    <message>
        <source>Say which file to add: &quot;file&quot; is its path.</source>
        <translation>请指明要添加的文件：“file”为其路径。</translation>
    </message>
    <message>
        <source>The search index held %1 of the %2 cases (an interrupted bulk load or an incomplete copy); it was rebuilt, and every case can be found again.</source>
        <translation>检索索引仅收录了 %2 件案件中的 %1 件（批量导入中断或复制不完整）；现已重建，所有案件均可再次检索。</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Actor: &quot;%1&quot; begins or ends with blanks.</source>
        <translation>操作人：“%1”首尾有空格。</translation>
    </message>
    <message>
        <source>&quot;id&quot; names the line for a rerun: it must be a non-empty text (a JSON string).</source>
        <translation>“id”用于标识重新执行的行：必须为非空文本（JSON 字符串）。</translation>
    </message>
    <message>
        <source>Already applied (id &quot;%1&quot;, %2 by %3): skipped.</source>
        <translation>已执行过（id“%1”，%3 于 %2 执行）：已跳过。</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; was applied on %2 by %3 to a different command; an id names one command only. Nothing was done.</source>
        <translation>id“%1”已于 %2 由 %3 用于另一条命令；一个 id 只能标识一条命令。未执行任何操作。</translation>
    </message>
    <message>
        <source>There is no proposal %1.</source>
        <translation>不存在第%1号报批事项。</translation>
    </message>
    <message>
        <source>Proposed for the unit head&apos;s approval (proposal %1): %2</source>
        <translation>已报部门负责人审批（第%1号报批事项）：%2</translation>
    </message>
    <message>
        <source>Only the unit head of the case&apos;s unit approves a decision.</source>
        <translation>只有案件承办部门的负责人可以审批该决定。</translation>
    </message>
    <message>
        <source>This database has accounts: sign in before changing a case.</source>
        <translation>本数据库已设账户，请先登录再办理案件。</translation>
    </message>
    <message>
        <source>Proposal %1 was decided already (%2).</source>
        <translation>第%1号报批事项已经审批（%2）。</translation>
    </message>
    <message>
        <source>Proposal %1 was decided already.</source>
        <translation>第%1号报批事项已经审批。</translation>
    </message>
    <message>
        <source>Say why the approval is refused.</source>
        <translation>请说明不予批准的理由。</translation>
    </message>
    <message>
        <source>Only an administrator or an archivist may import an archived case.</source>
        <translation>只有管理员或档案员可以导入已归档案件。</translation>
    </message>
    <message>
        <source>%1 (%2) reads cases and does not change them.</source>
        <translation>%1（%2）只能查阅案件，不能办理。</translation>
    </message>
    <message>
        <source>An archivist only archives closed cases (Art. 42).</source>
        <translation>档案员只办理已结案案件的归档（第四十二条）。</translation>
    </message>
    <message>
        <source>Case %1 belongs to another unit or district than %2&apos;s.</source>
        <translation>案件%1不属于%2所在的承办部门或区。</translation>
    </message>
    <message>
        <source>Only an administrator may import a calendar year.</source>
        <translation>只有管理员可以导入年度节假日日历。</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; names a command applied before on a case you may not see: give this line another id. Nothing was done.</source>
        <translation>编号“%1”已用于您无权查看的案件上办理过的命令，请为本行另取编号。未作任何处理。</translation>
    </message>
    <message>
        <source>The case file brought up to date after the command (tables %1) differs from the file read whole: a write did not report its table.</source>
        <translation>命令执行后逐表更新的案卷（表：%1）与整体读取的案卷不一致：有写入未报告其所在的表。</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>该文件没有可导入的数据行。</translation>
    </message>
    <message>
        <source>An import registers new clues only; &quot;%1&quot; is not taken here.</source>
        <translation>导入只登记新线索，不接受“%1”。</translation>
    </message>
    <message>
        <source>%1 needs the unit head&apos;s approval and cannot be imported.</source>
        <translation>%1 须经部门负责人审批，不能通过导入办理。</translation>
    </message>
    <message>
        <source>Import batch %1 was undone on %2 by %3; nothing was done.</source>
        <translation>导入批次 %1 已于 %2 由 %3 撤销，本次未作任何更改。</translation>
    </message>
    <message>
        <source>Import batch %1 was imported by %2: only they or an administrator may undo it.</source>
        <translation>导入批次 %1 由 %2 导入：只有本人或管理员可以撤销。</translation>
    </message>
    <message>
        <source>Import batch %1 cannot be undone: case %2 (row %3) — %4. Nothing was removed; correct or close that case through its own commands instead.</source>
        <translation>导入批次 %1 不能撤销：案件 %2（第 %3 行）——%4。未删除任何内容；请通过该案件自身的操作予以更正或终结。</translation>
    </message>
    <message>
        <source>Import batch %1 cannot be undone: case %2 is not yours to change.</source>
        <translation>导入批次 %1 不能撤销：您无权更改案件 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of a case already registered.</source>
        <translation>“%1”不是已登记案件的办理步骤。</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>未知的命令。</translation>
    </message>
    <message>
        <source>outcome %1 with them, %2 without</source>
        <translation>读取这些材料时结果为 %1，不读取时为 %2</translation>
    </message>
    <message>
        <source>the case file stored differs</source>
        <translation>保存的案卷内容不同</translation>
    </message>
    <message>
        <source>deadline rows %1 with them, %2 without</source>
        <translation>读取这些材料时期限记录为 %1，不读取时为 %2</translation>
    </message>
    <message>
        <source>The command %1 is declared not to read the case&apos;s evidence, papers and liability shares (core/service/commandparts.cpp), but without them it decided otherwise: %2. Nothing was done.</source>
        <translation>命令 %1 被声明为不读取案件的证据材料、文书和责任份额（core/service/commandparts.cpp），但不读取这些材料时其处理结果不同：%2。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::CaseTransfer</name>
    <message>
        <source>The case data holds no case row.</source>
        <translation>案件数据中没有案件记录。</translation>
    </message>
    <message>
        <source>This database already holds case %1; it is not imported twice.</source>
        <translation>本数据库已有案件%1，不重复导入。</translation>
    </message>
    <message>
        <source>The case data has a table %1 this version of EcoClaim does not know.</source>
        <translation>案件数据含有本版本EcoClaim不认识的表%1。</translation>
    </message>
    <message>
        <source>The case data has a column %1.%2 this version of EcoClaim does not know.</source>
        <translation>案件数据含有本版本EcoClaim不认识的列%1.%2。</translation>
    </message>
    <message>
        <source>The case data is inconsistent: %1.%2 names a row that is not in it.</source>
        <translation>案件数据不一致：%1.%2指向的记录不在其中。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Catalogue</name>
    <message>
        <source>Central or municipal environmental protection inspection</source>
        <translation>中央和市级生态环境保护督察发现的案件线索</translation>
    </message>
    <message>
        <source>Sudden environmental incident</source>
        <translation>突发生态环境事件</translation>
    </message>
    <message>
        <source>Administrative penalty case on resources or the environment</source>
        <translation>资源与环境行政处罚案件</translation>
    </message>
    <message>
        <source>Suspected crime against environmental and resource protection</source>
        <translation>涉嫌构成破坏环境资源保护犯罪的案件</translation>
    </message>
    <message>
        <source>Pollution or ecological damage in an ecological red-line area or key ecological function zone</source>
        <translation>在生态保护红线等禁止开发区域、国家和市级国土空间规划中确定的重点生态功能区发生的环境污染、生态破坏事件</translation>
    </message>
    <message>
        <source>Routine supervision, enforcement patrols or special campaigns</source>
        <translation>日常监管、执法巡查、各项资源与环境专项行动发现的案件线索</translation>
    </message>
    <message>
        <source>Petitions, complaints, tip-offs or media reports</source>
        <translation>信访投诉、举报和媒体曝光涉及的案件线索</translation>
    </message>
    <message>
        <source>Assigned by a higher authority</source>
        <translation>上级机关交办的案件线索</translation>
    </message>
    <message>
        <source>Referred by the procuratorate</source>
        <translation>检察机关移送的案件线索</translation>
    </message>
    <message>
        <source>Referred by a court</source>
        <translation>法院移送的案件线索</translation>
    </message>
    <message>
        <source>Other channel set by the compensation right holder</source>
        <translation>赔偿权利人确定的其他线索渠道</translation>
    </message>
    <message>
        <source>Claim for personal injury or loss of private or collective property (Civil Code)</source>
        <translation>涉及人身伤害、个人和集体财产损失要求赔偿的，适用《中华人民共和国民法典》等法律有关侵权责任的规定</translation>
    </message>
    <message>
        <source>Marine environmental damage (Marine Environment Protection Law)</source>
        <translation>涉及海洋生态环境损害赔偿的，适用海洋环境保护法等法律及相关规定</translation>
    </message>
    <message>
        <source>Legacy damage with no identifiable responsible party</source>
        <translation>历史遗留且责任主体不明确的生态环境损害问题，由所在地政府纳入正常生态环境治理工作解决，不适用本细则</translation>
    </message>
    <message>
        <source>The obligor has already fulfilled the compensation obligation</source>
        <translation>赔偿义务人已经履行赔偿义务的</translation>
    </message>
    <message>
        <source>An effective court judgment on the same damage fully covers the claim</source>
        <translation>人民法院已就同一生态环境损害形成生效裁判文书，赔偿权利人的索赔请求已被得到支持的诉讼请求所全部涵盖的</translation>
    </message>
    <message>
        <source>The damage is negligible and needs no compensation</source>
        <translation>环境污染或者生态破坏行为造成的生态环境损害显著轻微，且不需要赔偿的</translation>
    </message>
    <message>
        <source>The obligor has been dissolved or has died, and has no property to enforce against</source>
        <translation>承担赔偿义务的法人终止、非法人组织解散或者自然人死亡，且无财产可供执行的</translation>
    </message>
    <message>
        <source>The obligor discharged lawfully under a permit, as national rules require</source>
        <translation>赔偿义务人依法持证排污，符合国家规定的</translation>
    </message>
    <message>
        <source>Other grounds for not starting a claim</source>
        <translation>其他可以不启动索赔程序的情形</translation>
    </message>
    <message>
        <source>Loss of ecological services until restoration is complete</source>
        <translation>生态环境受到损害至修复完成期间服务功能丧失导致的损失</translation>
    </message>
    <message>
        <source>Loss from permanent damage to ecological functions</source>
        <translation>生态环境功能永久性损害造成的损失</translation>
    </message>
    <message>
        <source>Costs of damage investigation, appraisal and assessment</source>
        <translation>生态环境损害调查、鉴定评估等费用</translation>
    </message>
    <message>
        <source>Costs of removing pollution and restoring the environment</source>
        <translation>清除污染、修复生态环境费用</translation>
    </message>
    <message>
        <source>Reasonable costs of preventing the damage from occurring or spreading</source>
        <translation>防止损害的发生和扩大所支出的合理费用</translation>
    </message>
    <message>
        <source>Commission an appraisal institution</source>
        <translation>委托鉴定评估机构出具鉴定意见或者鉴定评估报告</translation>
    </message>
    <message>
        <source>Commission an appraisal institution jointly with the obligor</source>
        <translation>与赔偿义务人协商共同委托鉴定评估机构出具鉴定意见或者鉴定评估报告</translation>
    </message>
    <message>
        <source>Expert assessment (at least three experts)</source>
        <translation>委托专家评估，出具专家意见</translation>
    </message>
    <message>
        <source>Comprehensive finding from the case&apos;s legal documents and monitoring reports</source>
        <translation>根据与案件相关的法律文书、监测报告等资料，综合作出认定</translation>
    </message>
    <message>
        <source>Replanting at another site</source>
        <translation>异地补植</translation>
    </message>
    <message>
        <source>Creating habitats for wildlife</source>
        <translation>营造动植物栖息地</translation>
    </message>
    <message>
        <source>Purchasing carbon sinks</source>
        <translation>认购碳汇</translation>
    </message>
    <message>
        <source>Labour in lieu of payment</source>
        <translation>劳务代偿</translation>
    </message>
    <message>
        <source>Offset by technical upgrades</source>
        <translation>技改抵扣</translation>
    </message>
    <message>
        <source>Other alternative restoration</source>
        <translation>其他替代修复方式</translation>
    </message>
    <message>
        <source>The obligor refused consultation or did not reply by the deadline in the notice</source>
        <translation>赔偿义务人明确拒绝磋商或在磋商告知书答复期限内逾期未答复的</translation>
    </message>
    <message>
        <source>The obligor stayed away from or left a consultation meeting without good reason</source>
        <translation>赔偿义务人无故不参与磋商会议或退出磋商会议的</translation>
    </message>
    <message>
        <source>The consultation period or number of rounds was exceeded without agreement</source>
        <translation>已超过磋商规定的期限或次数，仍未达成一致的</translation>
    </message>
    <message>
        <source>The department considers agreement impossible for other reasons</source>
        <translation>赔偿权利人指定的部门或机构认为无法达成磋商的其他情形</translation>
    </message>
    <message>
        <source>An agreement without judicial confirmation was not performed, or not in full</source>
        <translation>赔偿协议未经司法确认，赔偿义务人不履行或者不完全履行的</translation>
    </message>
    <message>
        <source>Served in person</source>
        <translation>直接送达</translation>
    </message>
    <message>
        <source>Served by post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>Left at the address after refusal</source>
        <translation>留置送达</translation>
    </message>
    <message>
        <source>Served electronically</source>
        <translation>电子送达</translation>
    </message>
    <message>
        <source>Served by public notice</source>
        <translation>公告送达</translation>
    </message>
    <message>
        <source>Meeting in person</source>
        <translation>现场会议</translation>
    </message>
    <message>
        <source>By correspondence</source>
        <translation>通讯沟通</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>线上会议</translation>
    </message>
    <message>
        <source>Signing by post</source>
        <translation>邮寄签约</translation>
    </message>
    <message>
        <source>The obligor restores the damage itself</source>
        <translation>赔偿义务人自行修复</translation>
    </message>
    <message>
        <source>A commissioned third party restores it</source>
        <translation>委托第三方修复</translation>
    </message>
    <message>
        <source>The right holder organises restoration at the obligor&apos;s cost</source>
        <translation>赔偿权利人组织修复（费用由义务人承担）</translation>
    </message>
    <message>
        <source>Alternative restoration</source>
        <translation>替代修复</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Criminal case</source>
        <translation>刑事案件</translation>
    </message>
    <message>
        <source>Public-interest litigation by the procuratorate</source>
        <translation>检察公益诉讼</translation>
    </message>
    <message>
        <source>Suit supported by the procuratorate</source>
        <translation>检察支持起诉</translation>
    </message>
    <message>
        <source>Legal person (company or institution)</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>Unincorporated organisation</source>
        <translation>非法人组织</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Shanghai (city level)</source>
        <translation>上海市</translation>
    </message>
    <message>
        <source>Huangpu District</source>
        <translation>黄浦区</translation>
    </message>
    <message>
        <source>Xuhui District</source>
        <translation>徐汇区</translation>
    </message>
    <message>
        <source>Changning District</source>
        <translation>长宁区</translation>
    </message>
    <message>
        <source>Jing&apos;an District</source>
        <translation>静安区</translation>
    </message>
    <message>
        <source>Putuo District</source>
        <translation>普陀区</translation>
    </message>
    <message>
        <source>Hongkou District</source>
        <translation>虹口区</translation>
    </message>
    <message>
        <source>Yangpu District</source>
        <translation>杨浦区</translation>
    </message>
    <message>
        <source>Minhang District</source>
        <translation>闵行区</translation>
    </message>
    <message>
        <source>Baoshan District</source>
        <translation>宝山区</translation>
    </message>
    <message>
        <source>Jiading District</source>
        <translation>嘉定区</translation>
    </message>
    <message>
        <source>Pudong New Area</source>
        <translation>浦东新区</translation>
    </message>
    <message>
        <source>Jinshan District</source>
        <translation>金山区</translation>
    </message>
    <message>
        <source>Songjiang District</source>
        <translation>松江区</translation>
    </message>
    <message>
        <source>Qingpu District</source>
        <translation>青浦区</translation>
    </message>
    <message>
        <source>Fengxian District</source>
        <translation>奉贤区</translation>
    </message>
    <message>
        <source>Chongming District</source>
        <translation>崇明区</translation>
    </message>
    <message>
        <source>Shanghai Municipal Bureau of Ecology and Environment</source>
        <translation>上海市生态环境局</translation>
    </message>
    <message>
        <source>Shanghai Municipal Bureau of Planning and Natural Resources</source>
        <translation>上海市规划和自然资源局</translation>
    </message>
    <message>
        <source>Shanghai Municipal Commission of Housing and Urban-Rural Development</source>
        <translation>上海市住房和城乡建设管理委员会</translation>
    </message>
    <message>
        <source>Shanghai Water Authority</source>
        <translation>上海市水务局</translation>
    </message>
    <message>
        <source>Shanghai Municipal Agriculture and Rural Affairs Commission</source>
        <translation>上海市农业农村委员会</translation>
    </message>
    <message>
        <source>Shanghai Landscaping and City Appearance Administration</source>
        <translation>上海市绿化和市容管理局</translation>
    </message>
    <message>
        <source>Shanghai Municipal Transportation Commission</source>
        <translation>上海市交通委员会</translation>
    </message>
    <message>
        <source>Shanghai Maritime Safety Administration</source>
        <translation>中华人民共和国上海海事局</translation>
    </message>
    <message>
        <source>Administrative committee concerned (free trade zone, Lingang…)</source>
        <translation>相关管理委员会</translation>
    </message>
    <message>
        <source>District Bureau of Ecology and Environment</source>
        <translation>区生态环境局</translation>
    </message>
    <message>
        <source>District Water Authority</source>
        <translation>区水务局</translation>
    </message>
    <message>
        <source>District Bureau of Planning and Natural Resources</source>
        <translation>区规划和自然资源局</translation>
    </message>
    <message>
        <source>District Agriculture and Rural Affairs Commission</source>
        <translation>区农业农村委员会</translation>
    </message>
    <message>
        <source>District Landscaping and City Appearance Bureau</source>
        <translation>区绿化和市容管理局</translation>
    </message>
    <message>
        <source>District Construction and Management Commission</source>
        <translation>区建设和管理委员会</translation>
    </message>
    <message>
        <source>Town government or sub-district office</source>
        <translation>镇人民政府、街道办事处</translation>
    </message>
    <message>
        <source>Start consultation</source>
        <translation>启动索赔磋商</translation>
    </message>
    <message>
        <source>Terminate the claim</source>
        <translation>终止索赔程序</translation>
    </message>
    <message>
        <source>Agrees to consult</source>
        <translation>同意磋商</translation>
    </message>
    <message>
        <source>Refuses to consult</source>
        <translation>拒绝磋商</translation>
    </message>
    <message>
        <source>Claim upheld</source>
        <translation>支持诉讼请求</translation>
    </message>
    <message>
        <source>Claim partly upheld</source>
        <translation>部分支持诉讼请求</translation>
    </message>
    <message>
        <source>Claim dismissed</source>
        <translation>驳回诉讼请求</translation>
    </message>
    <message>
        <source>Settled by court mediation</source>
        <translation>调解结案</translation>
    </message>
    <message>
        <source>Evaluation institution</source>
        <translation>委托评估机构评估</translation>
    </message>
    <message>
        <source>Expert evaluation (simple cases)</source>
        <translation>委托专家评估</translation>
    </message>
    <message>
        <source>Comprehensive determination (simple cases)</source>
        <translation>综合认定</translation>
    </message>
    <message>
        <source>The investigation concluded the claim should end</source>
        <translation>调查结论提出终止索赔程序</translation>
    </message>
    <message>
        <source>Investigation materials</source>
        <translation>调查材料</translation>
    </message>
    <message>
        <source>Appraisal opinion or assessment report</source>
        <translation>鉴定意见或评估报告</translation>
    </message>
    <message>
        <source>Consultation materials</source>
        <translation>磋商情况材料</translation>
    </message>
    <message>
        <source>Compensation agreement</source>
        <translation>赔偿协议</translation>
    </message>
    <message>
        <source>Judgment or ruling</source>
        <translation>裁判文书</translation>
    </message>
    <message>
        <source>Restoration materials</source>
        <translation>修复工作材料</translation>
    </message>
    <message>
        <source>Proof of payment</source>
        <translation>缴款凭证</translation>
    </message>
    <message>
        <source>Proof of service</source>
        <translation>送达回证</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Other material</source>
        <translation>其他材料</translation>
    </message>
    <message>
        <source>Individual business (operator)</source>
        <translation>个体工商户（经营者）</translation>
    </message>
    <message>
        <source>As the appraisal apportions it</source>
        <translation>按鉴定评估意见划分</translation>
    </message>
    <message>
        <source>As the agreement apportions it</source>
        <translation>按赔偿协议约定划分</translation>
    </message>
    <message>
        <source>Handed over to the procuratorate for a public-interest suit</source>
        <translation>已移送检察机关提起公益诉讼</translation>
    </message>
    <message>
        <source>Evidence fixed in administrative enforcement</source>
        <translation>行政执法中固定的证据</translation>
    </message>
    <message>
        <source>Opinion or report commissioned by the police</source>
        <translation>公安机关委托出具的意见或报告</translation>
    </message>
    <message>
        <source>Opinion or report commissioned by the procuratorate</source>
        <translation>检察机关委托出具的意见或报告</translation>
    </message>
    <message>
        <source>Third-party monitoring report adopted in enforcement</source>
        <translation>执法中采信的第三方监测报告</translation>
    </message>
    <message>
        <source>The department itself</source>
        <translation>本部门自行开展</translation>
    </message>
    <message>
        <source>A third party commissioned by the department</source>
        <translation>本部门委托的第三方</translation>
    </message>
    <message>
        <source>The liable party</source>
        <translation>赔偿义务人</translation>
    </message>
    <message>
        <source>The town government or sub-district office, assisting</source>
        <translation>镇人民政府或街道办事处（协助）</translation>
    </message>
    <message>
        <source>The liable party cannot perform</source>
        <translation>赔偿义务人无能力修复</translation>
    </message>
    <message>
        <source>No consensus on restoration was reached</source>
        <translation>未就修复达成一致</translation>
    </message>
    <message>
        <source>The liable party is not yet identified</source>
        <translation>赔偿义务人尚未确定</translation>
    </message>
    <message>
        <source>Emergency control and clean-up</source>
        <translation>应急处置与清理</translation>
    </message>
    <message>
        <source>Monitoring and testing</source>
        <translation>监测与检测</translation>
    </message>
    <message>
        <source>Damage investigation</source>
        <translation>损害调查</translation>
    </message>
    <message>
        <source>Appraisal and assessment</source>
        <translation>鉴定评估</translation>
    </message>
    <message>
        <source>Restoration done on the party&apos;s behalf</source>
        <translation>代为修复</translation>
    </message>
    <message>
        <source>Other reasonable costs</source>
        <translation>其他合理费用</translation>
    </message>
    <message>
        <source>The court accepted the application</source>
        <translation>法院已受理申请</translation>
    </message>
    <message>
        <source>Property available for enforcement found</source>
        <translation>发现可供执行的财产</translation>
    </message>
    <message>
        <source>Property seized, frozen or distrained</source>
        <translation>财产已被查封、冻结或扣押</translation>
    </message>
    <message>
        <source>Restoration ordered to be performed or done at the debtor&apos;s cost</source>
        <translation>责令履行修复或由被执行人承担费用代为修复</translation>
    </message>
    <message>
        <source>Hearing or interview of the debtor</source>
        <translation>询问或约谈被执行人</translation>
    </message>
    <message>
        <source>Other step</source>
        <translation>其他措施</translation>
    </message>
    <message>
        <source>Enforced in full</source>
        <translation>全部执行到位</translation>
    </message>
    <message>
        <source>Enforced in part</source>
        <translation>部分执行到位</translation>
    </message>
    <message>
        <source>Ended for lack of assets to enforce against</source>
        <translation>因无可供执行的财产而终结</translation>
    </message>
    <message>
        <source>Settlement reached in enforcement</source>
        <translation>执行中达成和解</translation>
    </message>
    <message>
        <source>Application withdrawn</source>
        <translation>已撤回申请</translation>
    </message>
    <message>
        <source>Major impact nationwide</source>
        <translation>在全国范围内有重大影响</translation>
    </message>
    <message>
        <source>A case the city&apos;s implementation plan reserves for the city</source>
        <translation>本市实施方案规定由市级办理的案件</translation>
    </message>
    <message>
        <source>The damage spans several districts</source>
        <translation>损害跨多个区</translation>
    </message>
    <message>
        <source>Assigned to the city by the right holder</source>
        <translation>经赔偿权利人指定由市级办理</translation>
    </message>
    <message>
        <source>Handed over to the procuratorate&apos;s civil public-interest suit</source>
        <translation>已移送检察机关提起民事公益诉讼</translation>
    </message>
    <message>
        <source>Punitive damages</source>
        <translation>惩罚性赔偿</translation>
    </message>
    <message>
        <source>Preliminary verification</source>
        <translation>初步核查</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>鉴定评估</translation>
    </message>
    <message>
        <source>Consultation round</source>
        <translation>磋商会议</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>诉讼</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>生态修复</translation>
    </message>
    <message>
        <source>Restoration milestone</source>
        <translation>修复节点</translation>
    </message>
    <message>
        <source>Restoration-effect evaluation</source>
        <translation>修复效果评估</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Cli</name>
    <message numerus="yes">
        <source>%n line(s) applied before the refusal; the refused line changed nothing.</source>
        <translation>
            <numerusform>被拒绝的行之前已执行%n行；被拒绝的行未作任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo set loaded: %n case(s)</source>
        <translation>
            <numerusform>演示案件集已载入：%n件案件</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 commands.</source>
        <translation>，共执行%1条命令。</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli calendar is-workday DATE
       ecoclaim-cli calendar add-workdays DATE N
       ecoclaim-cli calendar latest-service MEETING_DATE [--strict|--lenient]</source>
        <translation>用法：ecoclaim-cli calendar is-workday DATE
      ecoclaim-cli calendar add-workdays DATE N
      ecoclaim-cli calendar latest-service MEETING_DATE [--strict|--lenient]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date (write YYYY-MM-DD).</source>
        <translation>“%1”不是有效日期（请按YYYY-MM-DD填写）。</translation>
    </message>
    <message>
        <source>reading: the meeting may be the 5th working day after service (Art. 19)</source>
        <translation>解读：磋商会议可以是送达后的第5个工作日（第十九条）</translation>
    </message>
    <message>
        <source>reading: at least 5 full working days between service and meeting (Art. 19)</source>
        <translation>解读：送达与磋商会议之间至少间隔5个完整工作日（第十九条）</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>数据库已就绪：%1</translation>
    </message>
    <message>
        <source>Unknown stage &quot;%1&quot;; stages are: %2</source>
        <translation>未知阶段“%1”；可用的阶段：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Shanghai district.</source>
        <translation>“%1”不是上海市的区。</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli case show ID|CASE_NO [--json]</source>
        <translation>用法：ecoclaim-cli case show ID|CASE_NO [--json]</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>District: %1   Unit: %2</source>
        <translation>行政区：%1   承办单位：%2</translation>
    </message>
    <message>
        <source>Liable party %1: %2 %3</source>
        <translation>赔偿义务人%1：%2 %3</translation>
    </message>
    <message>
        <source>Amount claimed: %1 yuan (%2)</source>
        <translation>索赔金额：%1元（%2）</translation>
    </message>
    <message>
        <source>Deadline %1: %2 — %3 (%4)</source>
        <translation>期限%1：%2——%3（%4）</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>办理经过：</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli apply FILE.jsonl   (use - for standard input)</source>
        <translation>用法：ecoclaim-cli apply FILE.jsonl   （用 - 表示标准输入）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>审计链末条记录：%1</translation>
    </message>
    <message>
        <source>Calendar %1 imported; every deadline was recomputed with it.</source>
        <translation>已导入%1年工作日历，所有期限已据此重新计算。</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入%1。</translation>
    </message>
    <message>
        <source>done or removed</source>
        <translation>已完成或已撤销</translation>
    </message>
    <message numerus="yes">
        <source>Ledger written to %1 (%n row(s)).</source>
        <translation>
            <numerusform>台账已写入%1（%n行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli [--db PATH] backup --out FILE</source>
        <translation>用法：ecoclaim-cli [--db 路径] backup --out 文件</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>无法写入文件%1。</translation>
    </message>
    <message>
        <source>--param takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--param 的格式为 KEY=VALUE，而不是“%1”。</translation>
    </message>
    <message>
        <source>Filed %1 %2 (version %3, document %4), %5 page(s), SHA-256 %6</source>
        <translation>已归入案卷：《%1》%2（第%3版，登记号%4，可凭此号重印），共%5页，SHA-256 %6</translation>
    </message>
    <message>
        <source>[draft]</source>
        <translation>［草稿］</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>未生成</translation>
    </message>
    <message>
        <source>%1 paper(s) generated, %2 refused.</source>
        <translation>已生成%1份文书，%2份未生成。</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Service recorded.</source>
        <translation>已登记送达。</translation>
    </message>
    <message>
        <source>Unit: %1
Number prefix: %2 (e.g. %2磋告〔%3〕1号)
Contact: %4 %5
Address: %6</source>
        <translation>发文单位：%1
文号前缀：%2（如%2磋告〔%3〕1号）
联系人：%4 %5
地址：%6</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1不是文件夹。</translation>
    </message>
    <message>
        <source>Templates: built in</source>
        <translation>文书模板：内置</translation>
    </message>
    <message>
        <source>Templates: %1 (built in where it has none)</source>
        <translation>文书模板：%1（其中没有的使用内置模板）</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli [--db PATH] [--today DATE] generate --cases N [--seed S]</source>
        <translation>用法：ecoclaim-cli [--db 路径] [--today 日期] generate --cases N [--seed S]</translation>
    </message>
    <message>
        <source>Generated %1 cases: %2 timeline events, %3 audit entries, %4 deadlines, %5 papers, %6 rows in %7 s.</source>
        <translation>已生成 %1 个案件：时间线事件 %2 条，审计记录 %3 条，期限 %4 项，文书 %5 份，共 %6 行，用时 %7 秒。</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli evidence add CASE FILE --title TITLE --kind KIND [--dated YYYY-MM-DD] [--source S] [--pages N]
kinds: %1</source>
        <translation>用法：ecoclaim-cli evidence add 案件 文件 --title 题名 --kind 类别 [--dated YYYY-MM-DD] [--source 来源] [--pages 页数]
类别：%1</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli evidence list CASE [--json]</source>
        <translation>用法：ecoclaim-cli evidence list 案件 [--json]</translation>
    </message>
    <message>
        <source>No files have been added to case %1.</source>
        <translation>案件%1尚未添加任何材料。</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli evidence check [--quick]</source>
        <translation>用法：ecoclaim-cli evidence check [--quick]</translation>
    </message>
    <message numerus="yes">
        <source>%n stored file(s) checked.</source>
        <translation>
            <numerusform>已检查%n个存储文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <source>altered: %1</source>
        <translation>被改动：%1</translation>
    </message>
    <message>
        <source>removed unrecorded file: %1</source>
        <translation>已清除未登记的文件：%1</translation>
    </message>
    <message>
        <source>The file store is intact.</source>
        <translation>文件库完好。</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli archive check CASE</source>
        <translation>用法：ecoclaim-cli archive check 案件</translation>
    </message>
    <message>
        <source>Case %1 is archived: its file is frozen (Art. 42).</source>
        <translation>案件%1已归档，案卷已封存（第四十二条）。</translation>
    </message>
    <message>
        <source>Case %1 is ready to be archived: the self-check found nothing missing.</source>
        <translation>案件%1可以归档：归档前自检未发现缺项。</translation>
    </message>
    <message>
        <source>Case %1 cannot be archived yet:</source>
        <translation>案件%1尚不能归档：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1：%2 %</translation>
    </message>
    <message>
        <source>%1 → %2: %3 entries, %4 bytes of content, ZIP %5 bytes, %6 s (%7 MB/s)</source>
        <translation>%1 → %2：%3个条目，内容%4字节，压缩包%5字节，用时%6秒（%7 MB/s）</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 imported (%n file(s)).</source>
        <translation>
            <numerusform>案件%1已导入（%n个文件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli evidence add|list|check …</source>
        <translation>用法：ecoclaim-cli evidence add|list|check …</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli archive check|export|verify|import …</source>
        <translation>用法：ecoclaim-cli archive check|export|verify|import …</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli document types
       ecoclaim-cli document render CASE_ID TYPE [--party N|all] [--subject S] [--param KEY=VALUE]… [--date YYYY-MM-DD]
                    --format pdf|odt --out FILE_OR_DIR [--draft] [--preview] [--accept-short-lead]
       ecoclaim-cli document supersede DOC_ID --reason TEXT [--param KEY=VALUE]… [--date YYYY-MM-DD] --out FILE_OR_DIR
       ecoclaim-cli document export DOC_ID [--version V] --format pdf|odt --out FILE
       ecoclaim-cli document render-many TYPE --cases ID,ID… --out-dir DIR [--format pdf|odt] [--param KEY=VALUE]… [--draft]
       ecoclaim-cli document list CASE_ID [--json]
       ecoclaim-cli document reprint DOC_ID --out FILE [--format pdf|odt]
       ecoclaim-cli document serve DOC_ID --method direct|mail|left|electronic|public_notice --on YYYY-MM-DD
                    [--recipient NAME] [--proof EVIDENCE_ID] [--note TEXT]
       ecoclaim-cli document unit CASE_ID [--name NAME] [--prefix PREFIX] [--contact NAME] [--phone PHONE] [--address TEXT]
       ecoclaim-cli document templates [FOLDER | --built-in]</source>
        <translation>用法：ecoclaim-cli document types
       ecoclaim-cli document render 案件 类型 [--party 序号|all] [--subject 对象] [--param 键=值]… [--date YYYY-MM-DD]
                    --format pdf|odt --out 文件或目录 [--draft] [--preview] [--accept-short-lead]
       ecoclaim-cli document supersede 登记号 --reason 理由 [--param 键=值]… [--date YYYY-MM-DD] --out 文件或目录
       ecoclaim-cli document export 登记号 [--version 版本] --format pdf|odt --out 文件
       ecoclaim-cli document render-many 类型 --cases 编号,编号… --out-dir 目录 [--format pdf|odt] [--param 键=值]… [--draft]
       ecoclaim-cli document list 案件 [--json]
       ecoclaim-cli document reprint 登记号 --out 文件 [--format pdf|odt]
       ecoclaim-cli document serve 登记号 --method direct|mail|left|electronic|public_notice --on YYYY-MM-DD
                    [--recipient 姓名] [--proof 证据编号] [--note 备注]
       ecoclaim-cli document unit 案件 [--name 名称] [--prefix 文号前缀] [--contact 联系人] [--phone 电话] [--address 地址]
       ecoclaim-cli document templates [目录 | --built-in]</translation>
    </message>
    <message>
        <source>%1 has no version %2.</source>
        <translation>《%1》没有第%2版。</translation>
    </message>
    <message>
        <source>Backup written to %1: %2 cases, %3 MB, schema %4; copied in %5 s, %6 ok in %7 s.</source>
        <translation>备份已写入 %1：%2 件案件，%3 MB，第 %4 版结构；复制用时 %5 秒，%6 校验通过，用时 %7 秒。</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli migrate-to postgresql://USER@HOST:PORT/DATABASE --from FILE.db
The server database must exist (created with ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos;) and be empty; the password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>用法：ecoclaim-cli migrate-to postgresql://用户@主机:端口/数据库 --from 文件.db
服务器数据库须已创建（ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos;）且为空；密码取自 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>There is no database file %1; nothing was moved.</source>
        <translation>数据库文件 %1 不存在，未迁移任何数据。</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>Moved %1 to %2 in %3 s. Point every desk at the server with --db %2.</source>
        <translation>已将 %1 迁移至 %2，用时 %3 秒。请各终端使用 --db %2 连接服务器。</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli settings list [--unit DISTRICT_CODE/DEPARTMENT] [--json]
       ecoclaim-cli settings set NAME VALUE [--unit DISTRICT_CODE/DEPARTMENT]</source>
        <translation>用法：ecoclaim-cli settings list [--unit 区划代码/部门代码] [--json]
      ecoclaim-cli settings set 名称 值 [--unit 区划代码/部门代码]</translation>
    </message>
    <message>
        <source>set by %1 at %2</source>
        <translation>由 %1 于 %2 设置</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing changed.</source>
        <translation>%1 已为 %2，未作修改。</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli archive export CASE --out FILE.zip [--passphrase-file FILE]
       ecoclaim-cli archive export --cases CASE,CASE… --out-dir FOLDER [--passphrase-file FILE]</source>
        <translation>用法：ecoclaim-cli archive export 案件 --out 文件.zip [--passphrase-file 文件]
       ecoclaim-cli archive export --cases 案件,案件… --out-dir 文件夹 [--passphrase-file 文件]</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli archive verify FILE.zip [--json] [--trust-key FILE.pem]…</source>
        <translation>用法：ecoclaim-cli archive verify 文件.zip [--json] [--trust-key 文件.pem]…</translation>
    </message>
    <message>
        <source>%1 is not an SM2 public key (PEM).</source>
        <translation>%1 不是 SM2 公钥（PEM 格式）。</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli archive import FILE.zip [--accept-key FINGERPRINT]</source>
        <translation>用法：ecoclaim-cli archive import 文件.zip [--accept-key 指纹]</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped: their id was applied before.</source>
        <translation>
            <numerusform>已跳过 %n 行：其 id 此前已执行过。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>%1：“%2”不是 %3 至 %4 之间的整数。</translation>
    </message>
    <message>
        <source>Paper id</source>
        <translation>纸质文书编号</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli key create --holder NAME [--passphrase-file FILE]
       ecoclaim-cli key list [--json]
       ecoclaim-cli key public [--out FILE.pem]
       ecoclaim-cli key trust FILE.pem --holder NAME --fingerprint FINGERPRINT</source>
        <translation>用法：ecoclaim-cli key create --holder 名称 [--passphrase-file 文件]
       ecoclaim-cli key list [--json]
       ecoclaim-cli key public [--out 文件.pem]
       ecoclaim-cli key trust 文件.pem --holder 名称 --fingerprint 指纹</translation>
    </message>
    <message>
        <source>this unit&apos;s signing key</source>
        <translation>本单位的签名密钥</translation>
    </message>
    <message>
        <source>this unit&apos;s, retired %1 (still trusted)</source>
        <translation>本单位的，已于 %1 停用（仍受信任）</translation>
    </message>
    <message>
        <source>another unit&apos;s, trusted</source>
        <translation>其他单位的，已受信任</translation>
    </message>
    <message>
        <source>Signing key of %1 created (SM2 with SM3).</source>
        <translation>已创建 %1 的签名密钥（SM2 与 SM3）。</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <source>Private key: %1 (readable by its owner only%2)</source>
        <translation>私钥：%1（仅所有者可读%2）</translation>
    </message>
    <message>
        <source>, under the passphrase</source>
        <translation>，受口令保护</translation>
    </message>
    <message>
        <source>This unit has no signing key yet (ecoclaim-cli key create).</source>
        <translation>本单位尚无签名密钥（ecoclaim-cli key create）。</translation>
    </message>
    <message>
        <source>%1, fingerprint %2</source>
        <translation>%1，指纹 %2</translation>
    </message>
    <message>
        <source>The key of %1 (%2) is trusted: archives it signed now verify here.</source>
        <translation>%1 的密钥（%2）已受信任：其签名的档案现可在本机验证。</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>口令文件 %1 为空。</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text (typed in another encoding, such as GB18030?); nothing was done.</source>
        <translation>参数 %1 不是有效的 UTF-8 文本（是否以 GB18030 等其他编码输入？）；未执行任何操作。</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli audit show ID|CASE_NO [--json]</source>
        <translation>用法：ecoclaim-cli audit show 编号|案件编号 [--json]</translation>
    </message>
    <message>
        <source>%1  %2  by %3</source>
        <translation>%1  %2  经办人：%3</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli approval list [--all] [--json]
       ecoclaim-cli approval approve ID
       ecoclaim-cli approval refuse ID --reason TEXT</source>
        <translation>用法：ecoclaim-cli approval list [--all] [--json]
      ecoclaim-cli approval approve 编号
      ecoclaim-cli approval refuse 编号 --reason 理由</translation>
    </message>
    <message>
        <source>Proposal %1 refused.</source>
        <translation>第%1号报批事项不予批准。</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli case list [--stage S] [--district D] [--search TEXT] [--overdue] [--major] [--limit N] [--json | --xlsx FILE | --csv FILE]</source>
        <translation>用法：ecoclaim-cli case list [--stage 阶段] [--district 区] [--search 文本] [--overdue] [--major] [--limit N] [--json | --xlsx 文件 | --csv 文件]</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written.</source>
        <translation>
            <numerusform>已写入%n个案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1的密码：</translation>
    </message>
    <message>
        <source>This database has accounts: sign in with --user LOGIN (the password from ECOCLAIM_PASSWORD or asked).</source>
        <translation>本数据库已设账户，请用 --user 登录名 登录（密码取自 ECOCLAIM_PASSWORD，或在提示时输入）。</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli deadlines [--as-of DATE] [--within N] [--unit U] [--json | --pdf FILE] [--xlsx FILE] [--csv FILE]
       ecoclaim-cli deadlines --changed-on DATE [--json | --pdf FILE]</source>
        <translation>用法：ecoclaim-cli deadlines [--as-of 日期] [--within N] [--unit 单位] [--json | --pdf 文件] [--xlsx 文件] [--csv 文件]
      ecoclaim-cli deadlines --changed-on 日期 [--json | --pdf 文件]</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) written.</source>
        <translation>
            <numerusform>已写入%n项期限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Major cases</source>
        <translation>重大案件</translation>
    </message>
    <message>
        <source> (suspended)</source>
        <translation>（已中止）</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli ledger report CASE --on DATE --to WHOM --content TEXT</source>
        <translation>用法：ecoclaim-cli ledger report 案件 --on 日期 --to 报送对象 --content 报送内容</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli ledger [--district D | --unit U] [--json] [--pdf FILE] [--xlsx FILE] [--csv FILE]
       ecoclaim-cli ledger --timetable [--json | --csv FILE | --xlsx FILE]
       ecoclaim-cli ledger report CASE --on DATE --to WHOM --content TEXT</source>
        <translation>用法：ecoclaim-cli ledger [--district 区 | --unit 单位] [--json] [--pdf 文件] [--xlsx 文件] [--csv 文件]
      ecoclaim-cli ledger --timetable [--json | --csv 文件 | --xlsx 文件]
      ecoclaim-cli ledger report 案件 --on 日期 --to 报送对象 --content 报送内容</translation>
    </message>
    <message numerus="yes">
        <source>Ledger written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>台账已写入%1（共%n页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli disclosure CASE [--pdf FILE] [--txt FILE] [--json] [--mask NAME]...
       ecoclaim-cli disclosure CASE --issue --reviewed-by NAME --pdf FILE [--txt FILE] [--mask NAME]...
Without --issue: a draft and the replacements to review. --mask: a further person&apos;s name to mask.</source>
        <translation>用法：ecoclaim-cli disclosure 案件 [--pdf 文件] [--txt 文件] [--json] [--mask 姓名]...
      ecoclaim-cli disclosure 案件 --issue --reviewed-by 审核人 --pdf 文件 [--txt 文件] [--mask 姓名]...
不加 --issue：生成草稿并列出待审核的替换项。--mask：另需隐去的自然人姓名。</translation>
    </message>
    <message>
        <source>Issued and filed on %1; text SHA-256 %2.</source>
        <translation>已发布并归入案件%1；文本SHA-256：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) to review:</source>
        <translation>
            <numerusform>共%n处替换，请核对：</numerusform>
        </translation>
    </message>
    <message>
        <source>	(party data)</source>
        <translation>	（当事人信息）</translation>
    </message>
    <message>
        <source>	(pattern)</source>
        <translation>	（规则识别）</translation>
    </message>
    <message>
        <source>Only an administrator creates the unit&apos;s signing key or trusts another unit&apos;s key.</source>
        <translation>只有管理员可以生成本单位签名密钥或信任其他单位的密钥。</translation>
    </message>
    <message>
        <source>--year takes a year such as 2026.</source>
        <translation>--year 应为年份，如 2026。</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>报告已写入%1（共%n页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Workbook written to %1.</source>
        <translation>工作簿已写入 %1。</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli user add LOGIN --name NAME --role caseworker|unit_head|supervisor|archivist|admin [--unit UNIT] [--district CODE]
       ecoclaim-cli user list [--json]
       ecoclaim-cli user disable LOGIN
       ecoclaim-cli user set-role LOGIN ROLE
       ecoclaim-cli user measure-hash   (time and memory of one password hash on this machine)</source>
        <translation>用法：ecoclaim-cli user add 登录名 --name 姓名 --role caseworker|unit_head|supervisor|archivist|admin [--unit 部门] [--district 区划代码]
      ecoclaim-cli user list [--json]
      ecoclaim-cli user disable 登录名
      ecoclaim-cli user set-role 登录名 角色
      ecoclaim-cli user measure-hash   （本机计算一次密码散列所需的时间和内存）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: caseworker, unit_head, supervisor, archivist or admin.</source>
        <translation>“%1”不是角色：应为 caseworker（承办人）、unit_head（部门负责人）、supervisor（市级督办）、archivist（档案员）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>First password for %1: </source>
        <translation>%1的初始密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was added.</source>
        <translation>两次输入的密码不一致，未新增账户。</translation>
    </message>
    <message>
        <source>Account %1 (%2, %3) added.</source>
        <translation>已新增账户%1（%2，%3）。</translation>
    </message>
    <message>
        <source>(city)</source>
        <translation>（市级）</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Argon2id (libsodium), %1 passes, %2 MiB: hash %3 ms, verify %4 ms, peak memory grew by %5 MiB; %6</source>
        <translation>Argon2id（libsodium），%1轮、%2 MiB：计算散列%3毫秒，校验%4毫秒，进程内存峰值增加%5 MiB；%6</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>账户%1已停用。</translation>
    </message>
    <message>
        <source>Account %1 is now %2.</source>
        <translation>账户%1的角色现为%2。</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli report annual --year Y [--district D | --unit U] [--pdf FILE] [--xlsx FILE] [--json] [--detail]
       ecoclaim-cli report screening --from DATE --to DATE [--district D | --unit U] [--pdf FILE] [--xlsx FILE] [--json] [--detail]
       ecoclaim-cli report statistics [--district D] [--unit U] [--from DATE --to DATE] [--json] [--cases CHART SERIES CATEGORY]
U is a department key (district_ecology) or DISTRICT_CODE/DEPARTMENT.</source>
        <translation>用法：ecoclaim-cli report annual --year 年度 [--district 区 | --unit 单位] [--pdf 文件] [--xlsx 文件] [--json] [--detail]
      ecoclaim-cli report screening --from 日期 --to 日期 [--district 区 | --unit 单位] [--pdf 文件] [--xlsx 文件] [--json] [--detail]
      ecoclaim-cli report statistics [--district 区] [--unit 单位] [--from 日期 --to 日期] [--json] [--cases 图表 系列 类别]
单位为部门代码（如 district_ecology）或“区划代码/部门代码”。</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli report statistics [--district D] [--unit U] [--stage S] [--major] [--overdue] [--search TEXT] [--from DATE --to DATE] [--json] [--cases CHART SERIES CATEGORY]
CHART is stages, channels, amounts, flow or deadlines; SERIES and CATEGORY are the keys --json prints.</source>
        <translation>用法：ecoclaim-cli report statistics [--district 区] [--unit 单位] [--stage 阶段] [--major] [--overdue] [--search 文字] [--from 日期 --to 日期] [--json] [--cases 图表 系列 类别]
图表为 stages、channels、amounts、flow 或 deadlines；系列和类别为 --json 输出中的键。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handling department.</source>
        <translation>“%1”不是办案部门。</translation>
    </message>
    <message>
        <source>Unknown stage &quot;%1&quot;.</source>
        <translation>未知的阶段“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>共%n件案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli import clues FILE [--mapping M.json] [--save-mapping M.json] [--dry-run] [--json]
       ecoclaim-cli import undo BATCH
       ecoclaim-cli import batches [--json]
FILE: CSV (UTF-8 with or without BOM, or GB18030) or XLSX; its first row names the columns (field names such as title, district, unit, channel, received_on, or their labels), else a mapping names them.</source>
        <translation>用法：ecoclaim-cli import clues 文件 [--mapping 列对应.json] [--save-mapping 列对应.json] [--dry-run] [--json]
      ecoclaim-cli import undo 批次
      ecoclaim-cli import batches [--json]
文件：CSV（UTF-8，带或不带 BOM，或 GB18030）或 XLSX；第一行为列名（字段名如 title、district、unit、channel、received_on，或其界面标签），否则由列对应文件指定。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Import batch %1 undone: %2 cases removed (%3).</source>
        <translation>导入批次 %1 已撤销：删除案件 %2 件（%3）。</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli mywork [--as-of DATE] [--unit U] [--district CODE] [--snoozed] [--json]
       ecoclaim-cli mywork snooze CASE ITEM --until DATE --reason TEXT</source>
        <translation>用法：ecoclaim-cli mywork [--as-of 日期] [--unit 部门] [--district 区划代码] [--snoozed] [--json]
      ecoclaim-cli mywork snooze 案件 事项 --until 日期 --reason 理由</translation>
    </message>
    <message>
        <source>%1: %2 put off until %3.</source>
        <translation>%1：%2 已暂缓至 %3。</translation>
    </message>
    <message>
        <source>put off until %1: %2</source>
        <translation>暂缓至 %1：%2</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>暂无待办事项。</translation>
    </message>
    <message>
        <source>       ecoclaim-cli import cases FILE [--mapping M.json] [--save-mapping M.json] [--dry-run] [--json]
A legacy case ledger: each row brought to its stage (clue, verification, filed, appraisal commissioned) through the ordinary commands, with the ledger&apos;s dates and case number (docs/reports.md).</source>
        <translation>       ecoclaim-cli import cases 文件 [--mapping 列对应.json] [--save-mapping 列对应.json] [--dry-run] [--json]
历史案件台账：每一行通过常规办理命令推进至台账所载阶段（线索、初步核查、立案、委托鉴定评估），沿用台账的日期和案件编号（见 docs/reports.md）。</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli [--db PATH] [--user LOGIN] [--actor NAME] [--today YYYY-MM-DD] [--lang zh_CN|en] VERB …
verbs:
  init                                   create or upgrade the database
  demo                                   load the demo case set into an empty database
  generate --cases N [--seed S]          a synthetic register of N cases (for measuring)
  case list [--stage S] [--district D] [--search TEXT] [--overdue] [--major] [--json | --xlsx F | --csv F]
  case show ID|CASE_NO [--json]          the whole case file, timeline included
  apply FILE.jsonl                       run lifecycle commands, one JSON object per line
  commands                               print the command vocabulary (Markdown)
  audit verify                           check the audit log&apos;s hash chain
  audit show ID|CASE_NO [--json]         a case&apos;s audit trail in words: who changed what, old → new
  backup --out FILE                      a consistent copy of the database, checked (quick_check)
  deadlines [--as-of DATE] [--within N] [--unit U] [--changed-on DATE] [--json | --pdf FILE] [--xlsx F] [--csv F]
  ledger [--district D | --unit U] [--json] [--pdf F] [--xlsx F] [--csv F]   the major-case ledger (Art. 39)
  ledger --timetable [--json | --csv F | --xlsx F]   the open deadlines of major cases
  ledger report CASE --on DATE --to WHOM --content TEXT   report the major case upward (report_major_case)
  disclosure CASE [--pdf F] [--txt F] [--json] [--mask NAME]... [--issue --reviewed-by NAME]   publication text without personal data (Art. 35)
  import clues|cases FILE [--mapping M] [--save-mapping M] [--dry-run] [--json] | undo BATCH | batches   a clue register or a legacy case ledger from CSV/XLSX, one batch
  report annual --year Y | screening --from D --to D  [--district D | --unit U] [--pdf F] [--xlsx F] [--json] [--detail]
  report statistics [--district D] [--unit U] [--from D --to D] [--json] [--cases CHART SERIES CATEGORY]
  calendar is-workday DATE | add-workdays DATE N | latest-service MEETING_DATE
  calendar years | import FILE.json     holiday calendars; import a later year
  document types | render | render-many | list | reprint | serve   official papers (docs/papers.md)
  evidence add CASE FILE --title T --kind K [--dated D] [--source S] | list CASE [--json] | check
  archive check CASE                     the pre-archive self-check (Art. 42)
  archive export CASE --out FILE.zip | --cases A,B --out-dir DIR   [--passphrase-file FILE]
  archive verify FILE.zip [--json] [--trust-key FILE.pem]   DA/T 70 checks, the signature included
  archive import FILE.zip [--accept-key FINGERPRINT]   bring an archived case into this database
  key create --holder NAME [--passphrase-file FILE] | list | public | trust FILE.pem --holder N --fingerprint F
                                         the unit&apos;s signing key and the keys it trusts
  settings list [--unit U] [--json]      the bureau&apos;s settings (Art. 19 reading, warning days, units)
  settings set NAME VALUE [--unit U]     change one, audited; U is DISTRICT_CODE/DEPARTMENT
  user add LOGIN --name N --role R [--unit U] [--district D] | list [--json] | disable LOGIN | set-role LOGIN R
                                         accounts (the first an administrator; then sign in as one)
  approval list [--all] [--json] | approve ID | refuse ID --reason TEXT   decisions awaiting the unit head
  mywork [--as-of D] [--unit U] [--district C] [--snoozed] [--json] | snooze CASE ITEM --until D --reason R
                                         a day&apos;s work: deadlines, approvals, papers to serve, replies due
  migrate-to postgresql://USER@HOST:PORT/DB --from FILE.db   move a desk&apos;s database to the bureau&apos;s server
--user LOGIN signs in (password from ECOCLAIM_PASSWORD or asked); a database with accounts requires it.
--db takes a file path or a server address (postgresql://USER@HOST:PORT/DB; password from PGPASSWORD or ~/.pgpass).
See docs/commands.md for the command vocabulary.</source>
        <translation>用法：ecoclaim-cli [--db 路径] [--user 登录名] [--actor 姓名] [--today YYYY-MM-DD] [--lang zh_CN|en] 命令 …
命令：
  init                                   创建或升级数据库
  demo                                   向空数据库载入演示案件集
  generate --cases N [--seed S]          生成 N 个案件的模拟登记库（用于性能测量）
  case list [--stage 阶段] [--district 区] [--search 文本] [--overdue] [--major] [--json | --xlsx 文件 | --csv 文件]
  case show ID|CASE_NO [--json]          完整案卷，含办理经过
  apply FILE.jsonl                       执行案件办理命令，每行一个 JSON 对象
  commands                               输出命令词汇表（Markdown）
  audit verify                           校验审计日志的哈希链
  audit show ID|CASE_NO [--json]         以办案用语显示案件的审计记录：谁改了什么，原值 → 新值
  backup --out FILE                      数据库的一致副本，并经检查
  deadlines [--as-of 日期] [--within N] [--unit 单位] [--changed-on 日期] [--json | --pdf 文件] [--xlsx 文件] [--csv 文件]
  ledger [--district 区 | --unit 单位] [--json] [--pdf 文件] [--xlsx 文件] [--csv 文件]   重大案件督办台账（第三十九条）
  ledger --timetable [--json | --csv 文件 | --xlsx 文件]   重大案件未届满期限
  ledger report 案件 --on 日期 --to 报送对象 --content 报送内容   向上级报送重大案件情况（report_major_case）
  disclosure 案件 [--pdf 文件] [--txt 文件] [--json] [--mask 姓名]... [--issue --reviewed-by 审核人]   隐去个人信息的信息公开文本（第三十五条）
  import clues|cases 文件 [--mapping 列对应] [--save-mapping 列对应] [--dry-run] [--json] | undo 批次 | batches   从 CSV/XLSX 导入线索登记表或历史案件台账，整批导入
  report annual --year 年度 | screening --from 日期 --to 日期  [--district 区 | --unit 单位] [--pdf 文件] [--xlsx 文件] [--json] [--detail]
  report statistics [--district D] [--unit U] [--from D --to D] [--json] [--cases CHART SERIES CATEGORY]   统计分析页面的数字；--cases 列出某一条形对应的案件
  calendar is-workday DATE | add-workdays DATE N | latest-service MEETING_DATE
  calendar years | import FILE.json     工作日历；导入以后年度的日历
  document types | render | render-many | list | reprint | serve   法律文书（见 docs/papers.md）
  evidence add CASE FILE --title T --kind K [--dated D] [--source S] | list CASE [--json] | check
  archive check CASE                     归档前自检（第四十二条）
  archive export CASE --out FILE.zip | --cases A,B --out-dir DIR   [--passphrase-file FILE]
  archive verify FILE.zip [--json] [--trust-key FILE.pem]   DA/T 70 四性检测，含签名验证
  archive import FILE.zip [--accept-key FINGERPRINT]   将已归档案件导入本数据库
  key create --holder NAME [--passphrase-file FILE] | list | public | trust FILE.pem --holder N --fingerprint F
                                         本单位的签名密钥及其信任的密钥
  settings list [--unit U] [--json]      本局设置（第十九条计算方式、提醒天数、发文单位）
  settings set NAME VALUE [--unit U]     修改一项设置，记入审计；U 为“区代码/部门”
  user add LOGIN --name N --role R [--unit U] [--district D] | list [--json] | disable LOGIN | set-role LOGIN R
                                         账户（第一个须为管理员，其后以管理员身份登录办理）
  approval list [--all] [--json] | approve ID | refuse ID --reason TEXT   待部门负责人审批的决定
  mywork [--as-of 日期] [--unit 单位] [--district 区划代码] [--snoozed] [--json] | snooze 案件 事项 --until 日期 --reason 理由
                                         当日工作：期限、待审批事项、待送达文书、待答复事项
  migrate-to postgresql://USER@HOST:PORT/DB --from FILE.db   将单机数据库迁移至本局服务器
--user 登录名：登录（密码取自 ECOCLAIM_PASSWORD，或在提示时输入）；已设账户的数据库必须登录。
--db 可为文件路径或服务器地址（postgresql://用户@主机:端口/数据库；密码取自 PGPASSWORD 或 ~/.pgpass）。
命令词汇表见 docs/commands.md。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Command</name>
    <message>
        <source>Serve the consultation notice</source>
        <translation>送达磋商告知书</translation>
    </message>
    <message>
        <source>Record the reply to the consultation notice</source>
        <translation>登记磋商告知书答复</translation>
    </message>
    <message>
        <source>Record a consultation round</source>
        <translation>登记一次磋商</translation>
    </message>
    <message>
        <source>Sign the compensation agreement</source>
        <translation>签署赔偿协议</translation>
    </message>
    <message>
        <source>Bring the claim to court</source>
        <translation>向人民法院提起诉讼</translation>
    </message>
    <message>
        <source>Apply for judicial confirmation</source>
        <translation>申请司法确认</translation>
    </message>
    <message>
        <source>Record the court&apos;s confirmation ruling</source>
        <translation>登记司法确认裁定</translation>
    </message>
    <message>
        <source>Record the judgment</source>
        <translation>登记判决</translation>
    </message>
    <message>
        <source>Start restoration ahead of the agreement</source>
        <translation>先行开展生态修复</translation>
    </message>
    <message>
        <source>Start restoration</source>
        <translation>启动生态修复</translation>
    </message>
    <message>
        <source>Add a restoration milestone</source>
        <translation>添加修复节点</translation>
    </message>
    <message>
        <source>Mark a milestone done</source>
        <translation>标记修复节点已完成</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>登记缴款</translation>
    </message>
    <message>
        <source>Report restoration complete</source>
        <translation>报告修复完成</translation>
    </message>
    <message>
        <source>Record the restoration-effect evaluation</source>
        <translation>登记修复效果评估</translation>
    </message>
    <message>
        <source>Continue restoration after a failed evaluation</source>
        <translation>评估未通过，继续开展修复</translation>
    </message>
    <message>
        <source>Terminate the claim</source>
        <translation>终止索赔程序</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Archive the case file</source>
        <translation>案卷归档</translation>
    </message>
    <message>
        <source>Link an administrative, criminal or public-interest proceeding</source>
        <translation>关联行政、刑事或公益诉讼程序</translation>
    </message>
    <message>
        <source>Register a clue</source>
        <translation>登记线索</translation>
    </message>
    <message>
        <source>Add a liable party</source>
        <translation>添加赔偿义务人</translation>
    </message>
    <message>
        <source>Correct the case details</source>
        <translation>更正案件信息</translation>
    </message>
    <message>
        <source>Start preliminary verification</source>
        <translation>开展初步核查</translation>
    </message>
    <message>
        <source>Record the verification conclusion</source>
        <translation>登记初步核查结论</translation>
    </message>
    <message>
        <source>File the case and start the claim</source>
        <translation>立案并启动索赔程序</translation>
    </message>
    <message>
        <source>Transfer the clue to the competent department</source>
        <translation>将线索移送有管辖权的部门或机构</translation>
    </message>
    <message>
        <source>Declare the rules not applicable</source>
        <translation>认定不适用本细则</translation>
    </message>
    <message>
        <source>Close the clue: no damage caused</source>
        <translation>线索办结：未造成生态环境损害</translation>
    </message>
    <message>
        <source>Decide not to start the claim</source>
        <translation>决定不启动索赔程序</translation>
    </message>
    <message>
        <source>Commission an appraisal</source>
        <translation>委托鉴定评估</translation>
    </message>
    <message>
        <source>Stop a simplified appraisal as unsuitable</source>
        <translation>终止不符合适用情形的简易评估</translation>
    </message>
    <message>
        <source>Record the appraisal result</source>
        <translation>登记鉴定评估结果</translation>
    </message>
    <message>
        <source>Conclude the damage investigation</source>
        <translation>作出损害调查结论</translation>
    </message>
    <message>
        <source>Draft a restoration plan</source>
        <translation>编制修复方案</translation>
    </message>
    <message>
        <source>Record the liable party&apos;s request to consult early</source>
        <translation>登记赔偿义务人主动提议先行磋商</translation>
    </message>
    <message>
        <source>Start consultation</source>
        <translation>启动磋商</translation>
    </message>
    <message>
        <source>Suspend a deadline</source>
        <translation>中止期限</translation>
    </message>
    <message>
        <source>Resume a suspended deadline</source>
        <translation>恢复计算已中止的期限</translation>
    </message>
    <message>
        <source>Extend a deadline</source>
        <translation>延长期限</translation>
    </message>
    <message>
        <source>Correct the service of a consultation notice</source>
        <translation>更正磋商告知书的送达信息</translation>
    </message>
    <message>
        <source>Record the written reply to the procuratorate</source>
        <translation>登记向检察机关的书面回复</translation>
    </message>
    <message>
        <source>Add a file to the case file</source>
        <translation>向案卷添加材料</translation>
    </message>
    <message>
        <source>Issue a paper (numbered and filed)</source>
        <translation>制发文书（编号并归入案卷）</translation>
    </message>
    <message>
        <source>Correct a paper under a new number (the old one stays, superseded)</source>
        <translation>更正文书并重新编号（原文书保留，标注作废）</translation>
    </message>
    <message>
        <source>Record the service of a paper</source>
        <translation>登记文书送达</translation>
    </message>
    <message>
        <source>Record a liable party&apos;s share</source>
        <translation>登记赔偿义务人责任份额</translation>
    </message>
    <message>
        <source>Sign the agreement of another batch of parties</source>
        <translation>与另一批赔偿义务人签署赔偿协议</translation>
    </message>
    <message>
        <source>Record emergency control or clean-up</source>
        <translation>登记应急处置或清理</translation>
    </message>
    <message>
        <source>Record a cost the department advanced</source>
        <translation>登记部门垫付的费用</translation>
    </message>
    <message>
        <source>Record the answer to the reporter</source>
        <translation>登记对举报人的答复</translation>
    </message>
    <message>
        <source>Apply to the court for enforcement</source>
        <translation>向法院申请强制执行</translation>
    </message>
    <message>
        <source>Record a step of the enforcement</source>
        <translation>登记一项执行措施</translation>
    </message>
    <message>
        <source>Record how the enforcement ended</source>
        <translation>登记执行终结情况</translation>
    </message>
    <message>
        <source>Record a party on the list of dishonest judgment debtors</source>
        <translation>登记被列入失信被执行人名单的当事人</translation>
    </message>
    <message>
        <source>Record a party taken off the list of dishonest judgment debtors</source>
        <translation>登记被移出失信被执行人名单的当事人</translation>
    </message>
    <message>
        <source>Record why the case is simple</source>
        <translation>登记案件适用简易程序的理由</translation>
    </message>
    <message>
        <source>Record the grounds for punitive damages</source>
        <translation>登记惩罚性赔偿的依据</translation>
    </message>
    <message>
        <source>Form the joint case group</source>
        <translation>组建联合办案组</translation>
    </message>
    <message>
        <source>Add a department or an assisting town to the joint case group</source>
        <translation>将部门或协助镇加入联合办案组</translation>
    </message>
    <message>
        <source>Record the other region of a cross-region case</source>
        <translation>登记跨区域案件的另一方地区</translation>
    </message>
    <message>
        <source>Record that consultation failed</source>
        <translation>登记磋商不成</translation>
    </message>
    <message>
        <source>Report the major case to the higher department</source>
        <translation>向上级部门报告重大案件</translation>
    </message>
    <message>
        <source>Record the supervisor&apos;s instruction</source>
        <translation>登记上级的指示</translation>
    </message>
    <message>
        <source>Record an instruction carried out</source>
        <translation>登记指示已落实</translation>
    </message>
    <message>
        <source>Add a step to the major case&apos;s timetable</source>
        <translation>为重大案件时间表添加一个步骤</translation>
    </message>
    <message>
        <source>Mark a timetable step done</source>
        <translation>将时间表步骤标记为已完成</translation>
    </message>
    <message>
        <source>Correct a payment</source>
        <translation>更正缴款记录</translation>
    </message>
    <message>
        <source>Void a payment recorded by mistake</source>
        <translation>作废误录的缴款记录</translation>
    </message>
    <message>
        <source>Correct a liable party</source>
        <translation>更正赔偿义务人信息</translation>
    </message>
    <message>
        <source>Remove a liable party entered by mistake</source>
        <translation>删除误录的赔偿义务人</translation>
    </message>
    <message>
        <source>Correct a date or field of a recorded step</source>
        <translation>更正已记录环节的日期或事项</translation>
    </message>
    <message>
        <source>Take back the last step (recorded by mistake)</source>
        <translation>撤回最后一步（误录）</translation>
    </message>
</context>
<context>
    <name>ecoclaim::CommandReference</name>
    <message>
        <source>date, not in the future</source>
        <translation>日期，不晚于今天</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>true / false</source>
        <translation>true / false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>district code or name</source>
        <translation>区划代码或区名</translation>
    </message>
    <message>
        <source>handling unit key</source>
        <translation>承办单位代码</translation>
    </message>
    <message>
        <source>liable party: number or exact name</source>
        <translation>赔偿义务人：序号或准确名称</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>list of {&quot;due_on&quot;, &quot;amount&quot;}</source>
        <translation>{&quot;due_on&quot;, &quot;amount&quot;}列表</translation>
    </message>
    <message>
        <source># Command vocabulary</source>
        <translation># 命令词汇表</translation>
    </message>
    <message>
        <source>Generated from the lifecycle table (core/domain/lifecycle*.cpp) by `ecoclaim-cli --lang en commands`; a test keeps this file equal to that output. Every change to a case is one of these commands, given as one JSON object: `{&quot;cmd&quot;: NAME, &quot;case&quot;: CASE_NO_OR_ID, …fields}` — one per line in a `.jsonl` script for `ecoclaim-cli apply`. A `register_clue` line may carry `&quot;ref&quot;: &quot;A&quot;`, and later lines may then say `&quot;case&quot;: &quot;A&quot;`. A refused command changes nothing and names every unmet precondition with its article.</source>
        <translation>由生命周期表（core/domain/lifecycle*.cpp）通过 `ecoclaim-cli --lang en commands` 生成；测试确保本文件与该输出一致。对案件的每一项更改都是下列命令之一，以一个JSON对象给出：`{&quot;cmd&quot;: NAME, &quot;case&quot;: CASE_NO_OR_ID, …fields}`——在供 `ecoclaim-cli apply` 使用的 `.jsonl` 脚本中每行一个。`register_clue` 行可以带有 `&quot;ref&quot;: &quot;A&quot;`，其后的行即可写作 `&quot;case&quot;: &quot;A&quot;`。被拒绝的命令不作任何更改，并列明每一项未满足的前提条件及其依据条款。</translation>
    </message>
    <message>
        <source>- Allowed at: %1</source>
        <translation>- 可办理阶段：%1</translation>
    </message>
    <message>
        <source>(creates a new case)</source>
        <translation>（新建案件）</translation>
    </message>
    <message>
        <source>- Leads to: %1</source>
        <translation>- 办理后阶段：%1</translation>
    </message>
    <message>
        <source>(stage unchanged)</source>
        <translation>（阶段不变）</translation>
    </message>
    <message>
        <source>- Rests on: %1</source>
        <translation>- 依据：%1</translation>
    </message>
    <message>
        <source>field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Preconditions:</source>
        <translation>前提条件：</translation>
    </message>
    <message>
        <source>text, one line, ≤ %1 characters</source>
        <translation>文本，单行，≤ %1 个字符</translation>
    </message>
    <message>
        <source>text (paragraphs), ≤ %1 characters</source>
        <translation>文本（可分段），≤ %1 个字符</translation>
    </message>
    <message>
        <source>amount in yuan (a string)</source>
        <translation>金额，单位为元（字符串）</translation>
    </message>
    <message>
        <source>list of text, ≤ %1 items of ≤ %2 characters</source>
        <translation>文本列表，≤ %1 项，每项 ≤ %2 个字符</translation>
    </message>
    <message>
        <source>Values (core/domain/textrules.h, commandinput.cpp): text is a JSON string — a number where text belongs is refused like any wrong type. Characters are counted as Unicode code points; a one-line field holds no line break or tab, a paragraph field may hold newlines and tabs (a Windows line end is stored as a newline); no text may hold NUL or any other control character, half of a UTF-16 pair, U+FFFD (what invalid UTF-8 becomes), a noncharacter, or a bidirectional override. Leading and trailing blanks are dropped. An amount is a string of yuan with at most two decimals (&quot;1,234.56&quot;, &quot;¥1234.5&quot;, &quot;1234元&quot;); a JSON number is accepted only for a whole number of yuan below 2^53, because a number with decimals is binary in JSON and would be rounded. A line may carry `&quot;actor&quot;` (≤ %1 characters) and `&quot;id&quot;` (≤ %2 characters: a line whose id was applied before is skipped, see `ecoclaim-cli apply`). Every refusal names the field.</source>
        <translation>取值规则（core/domain/textrules.h、commandinput.cpp）：文本须为 JSON 字符串——在应填文本处填数字，与其他类型错误一样会被拒绝。字符数按 Unicode 码位计算；单行字段不得含换行符或制表符，分段字段可含换行符和制表符（Windows 行尾按换行符存储）；任何文本均不得含 NUL 或其他控制字符、UTF-16 代理对的一半、U+FFFD（无效 UTF-8 转换所得）、非字符码位或双向覆盖字符。首尾空格将被去除。金额为以元为单位、最多两位小数的字符串（&quot;1,234.56&quot;、&quot;¥1234.5&quot;、&quot;1234元&quot;）；JSON 数字仅在金额为小于 2^53 的整元时接受，因为带小数的数字在 JSON 中以二进制表示，会被舍入。每行可带 `&quot;actor&quot;`（≤ %1 个字符）和 `&quot;id&quot;`（≤ %2 个字符：id 此前已执行过的行将被跳过，参见 `ecoclaim-cli apply`）。每条拒绝信息均会指明字段。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Dashboard</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n天后到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecoclaim::DatabaseFiles</name>
    <message>
        <source>Name the file of the new database.</source>
        <translation>请填写新数据库的文件名。</translation>
    </message>
    <message>
        <source>A server database is created by its administrator (see the README); here only a file on this computer is made.</source>
        <translation>服务器数据库由其管理员创建（见README）；此处只能在本机新建数据库文件。</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file in it.</source>
        <translation>%1 是文件夹，请指定其中的文件名。</translation>
    </message>
    <message>
        <source>%1 already exists and holds data; it was not changed. Open it with File ▸ Open another database, or choose a new name.</source>
        <translation>%1 已存在且含有数据，未作改动。请通过“文件 ▸ 打开其他数据库”打开，或另取文件名。</translation>
    </message>
    <message>
        <source>%1 is on a network share (%2). Two desks writing one database file over a share can damage it: keep the file on this computer, or — for a bureau whose caseworkers share cases — use the bureau&apos;s server (PostgreSQL).</source>
        <translation>%1 位于网络共享目录（%2）。多台终端通过共享目录同时写入同一数据库文件可能损坏数据：请将文件保存在本机；多名承办人共享案件的单位请使用本单位服务器（PostgreSQL）。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Deadline</name>
    <message>
        <source>Due date unknown: %1 — no working-day calendar for %2 (from %3%4).</source>
        <translation>期限无法计算：%1——缺少%2年的工作日历（起算日%3%4）。</translation>
    </message>
    <message>
        <source>Due date unknown: %1 (no valid start date%2).</source>
        <translation>期限无法计算：%1（无有效起算日%2）。</translation>
    </message>
    <message>
        <source>Due %1: %2 (from %3%4).</source>
        <translation>%1到期：%2（起算日%3%4）。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Deadlines</name>
    <message>
        <source>Organise preliminary verification</source>
        <translation>组织开展初步核查</translation>
    </message>
    <message>
        <source>Appraisal report due</source>
        <translation>鉴定评估报告提交期限</translation>
    </message>
    <message>
        <source>Reply to consultation notice due</source>
        <translation>磋商告知书答复期限</translation>
    </message>
    <message>
        <source>Consultation period ends</source>
        <translation>磋商期限届满</translation>
    </message>
    <message>
        <source>Instalment due</source>
        <translation>分期赔付到期</translation>
    </message>
    <message>
        <source>Restoration milestone due</source>
        <translation>修复节点到期</translation>
    </message>
    <message>
        <source>Written reply to the procuratorate due</source>
        <translation>向检察机关书面回复期限</translation>
    </message>
    <message>
        <source>Consultation failed: bring the claim to court</source>
        <translation>磋商未达成一致：提起诉讼</translation>
    </message>
    <message>
        <source>Announcement period for judicial confirmation ends</source>
        <translation>司法确认公告期届满</translation>
    </message>
    <message>
        <source>Annual work report to the Ministry</source>
        <translation>向生态环境部报送年度工作情况</translation>
    </message>
    <message>
        <source>No working-day calendar for %1: whether this day is a working day cannot be told; import the year&apos;s holiday notice.</source>
        <translation>缺少%1年的工作日历，无法判断该日是否为工作日：请导入该年的节假日安排通知。</translation>
    </message>
    <message>
        <source>Falls on a public holiday (%1); under 民法典 Art. 203 the period would end on %2. Not moved automatically.</source>
        <translation>该日为法定节假日（%1）；依照《中华人民共和国民法典》第二百零三条，期限应于%2届满。系统未自动顺延。</translation>
    </message>
    <message numerus="yes">
        <source>extended by %n day(s) on %1: %2</source>
        <translation>
            <numerusform>%1延长%n日：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>suspended on %1: %2</source>
        <translation>%1中止：%2</translation>
    </message>
    <message numerus="yes">
        <source>resumed on %1 after %n day(s): %2</source>
        <translation>
            <numerusform>中止%n日后于%1恢复计算：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Adjusted: %1.</source>
        <translation>已调整：%1。</translation>
    </message>
    <message>
        <source>The work of %1 is reported to the Ministry of Ecology and Environment by the end of January.</source>
        <translation>%1年度工作情况应于1月底前报送生态环境部。</translation>
    </message>
    <message>
        <source>Verification must be organised within 30 days of receiving the clue on %1.</source>
        <translation>线索于%1接收，应当在三十日内组织开展初步核查。</translation>
    </message>
    <message>
        <source>The commission agreement of %1 with %2 sets the report&apos;s time limit.</source>
        <translation>%1与%2签订的委托协议明确了报告的时限要求。</translation>
    </message>
    <message>
        <source>%1 was served the consultation notice on %2; no reply by the date set on it counts as a refusal, and the claim then goes to court (Art. 25(1)).</source>
        <translation>已于%2向%1送达磋商告知书；在告知书载明的答复期限内未答复的，视为拒绝磋商，应当提起诉讼（第二十五条第一款第一项）。</translation>
    </message>
    <message>
        <source>Consultation lasts at most 90 days from service of the notice on %1 (%2 of 3 rounds held). After it, consultation has failed and the claim shall go to court (Art. 25(3)).</source>
        <translation>磋商期限自%1送达磋商告知书之日起不超过九十日（已进行%2次磋商，最多三次）。期限届满仍未达成一致的，视为磋商未达成一致，应当提起诉讼（第二十五条第一款第三项）。</translation>
    </message>
    <message>
        <source>%1 accepted the application on %2 and announces the agreement for 30 days before ruling.</source>
        <translation>%1已于%2受理申请，将对赔偿协议公告三十日后作出裁定。</translation>
    </message>
    <message>
        <source>%1 announced a public-interest suit (%2); a decision to claim must be answered in writing within the announcement period.</source>
        <translation>%1已发布拟提起公益诉讼的公告（%2）；决定启动生态环境损害赔偿的，应当在公告期内书面回复。</translation>
    </message>
    <message>
        <source>Instalment %1 of %2 yuan under the agreement signed on %3.</source>
        <translation>%3签订的赔偿协议第%1期分期赔付，金额%2元。</translation>
    </message>
    <message>
        <source>Apply to the court for enforcement</source>
        <translation>向法院申请强制执行</translation>
    </message>
    <message>
        <source>Answer the reporter</source>
        <translation>答复举报人</translation>
    </message>
    <message>
        <source>Carry out the supervisor&apos;s instruction</source>
        <translation>落实上级指示</translation>
    </message>
    <message>
        <source>Major-case timetable step due</source>
        <translation>重大案件时间表步骤到期</translation>
    </message>
    <message>
        <source>Consultation recorded as failed on %1: %2 (%3).</source>
        <translation>已于 %1 登记磋商不成：%2（%3）。</translation>
    </message>
    <message>
        <source>Three consultation rounds were held without agreement (the last on %1).</source>
        <translation>已进行三轮磋商仍未达成协议（最后一轮于 %1）。</translation>
    </message>
    <message>
        <source>%1 refused consultation in writing on %2.</source>
        <translation>%1 已于 %2 书面拒绝磋商。</translation>
    </message>
    <message>
        <source>%1: %2 on %3 (%4).</source>
        <translation>%1：%2，%3（%4）。</translation>
    </message>
    <message>
        <source>the judgment %1 took effect on %2</source>
        <translation>判决 %1 于 %2 生效</translation>
    </message>
    <message>
        <source>the judgment %1 of %2 (its effective date is not recorded; the judgment date is used)</source>
        <translation>%2 作出的判决 %1（未记录生效日期，以判决日期为准）</translation>
    </message>
    <message>
        <source>the last day of performance under the confirmed agreement, %1</source>
        <translation>经确认的协议约定的履行期限届满之日 %1</translation>
    </message>
    <message>
        <source>the ruling %1 confirming the agreement, %2</source>
        <translation>确认该协议的裁定 %1，%2</translation>
    </message>
    <message numerus="yes">
        <source>Consultation has failed: bring the claim to court within %n day(s).</source>
        <translation>
            <numerusform>磋商未达成一致：应在 %n 日内向法院提起诉讼。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consultation with this party has failed: bring the claim to court within %n day(s).</source>
        <translation>
            <numerusform>与该赔偿义务人磋商未达成一致：应在 %n 日内向法院提起诉讼。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If %1 does not reply by %2, consultation counts as refused (Art. 19 ¶2, Art. 25 ¶1(1)) and the claim goes to court within %n day(s) after it.</source>
        <translation>
            <numerusform>%1 在 %2 前未答复的，视为拒绝磋商（第十九条第二款、第二十五条第一款第（一）项），应在此后 %n 日内向法院提起诉讼。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not performed: apply to the court for enforcement within two years from %1 (Art. 24 ¶2).</source>
        <translation>未履行：应自 %1 起两年内向法院申请强制执行（第二十四条第二款）。</translation>
    </message>
    <message>
        <source>%1 instructed on %2: %3</source>
        <translation>%1 于 %2 作出指示：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 reported the case on %2 and is to be answered within %n day(s).</source>
        <translation>
            <numerusform>%1 于 %2 举报该案件，应在 %n 日内答复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecoclaim::Demo</name>
    <message numerus="yes">
        <source>The database already holds %n case(s); the demo set is only loaded into an empty database.</source>
        <translation>
            <numerusform>数据库中已有%n件案件；演示案件集只能载入空数据库。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecoclaim::Disclosure</name>
    <message>
        <source>(no date)</source>
        <translation>（日期不详）</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1元</translation>
    </message>
    <message>
        <source>I. Basic facts</source>
        <translation>一、基本案情</translation>
    </message>
    <message>
        <source>Case %1, %2 (%3); clue received on %4.</source>
        <translation>案件编号%1，%2（%3），线索受理日期%4。</translation>
    </message>
    <message>
        <source>Site: </source>
        <translation>损害发生地：</translation>
    </message>
    <message>
        <source>Facts: </source>
        <translation>案件事实：</translation>
    </message>
    <message>
        <source>Liable parties: %1.</source>
        <translation>赔偿义务人：%1。</translation>
    </message>
    <message>
        <source>Preliminary verification: </source>
        <translation>初步核查情况：</translation>
    </message>
    <message>
        <source>Scope of the damage: </source>
        <translation>损害范围：</translation>
    </message>
    <message>
        <source>Degree of the damage: </source>
        <translation>损害程度：</translation>
    </message>
    <message>
        <source>Causation: </source>
        <translation>因果关系：</translation>
    </message>
    <message>
        <source>II. Appraisal</source>
        <translation>二、鉴定评估情况</translation>
    </message>
    <message>
        <source>No appraisal has been completed.</source>
        <translation>尚未完成鉴定评估。</translation>
    </message>
    <message>
        <source>%1 (%2) completed the appraisal on %3; damage quantified at %4.</source>
        <translation>%1（%2）于%3完成鉴定评估，量化损害数额%4。</translation>
    </message>
    <message>
        <source>Damage determined: </source>
        <translation>损害确认：</translation>
    </message>
    <message>
        <source>Extent of the loss: </source>
        <translation>损失范围：</translation>
    </message>
    <message>
        <source>Quantification: </source>
        <translation>损害量化：</translation>
    </message>
    <message>
        <source>III. Consultation</source>
        <translation>三、磋商情况</translation>
    </message>
    <message>
        <source>No consultation round has been held.</source>
        <translation>尚未开展磋商。</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation round(s) held.</source>
        <translation>
            <numerusform>共进行%n轮磋商。</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 (%2): </source>
        <translation>第%1轮（%2）：</translation>
    </message>
    <message>
        <source>Result: agreement reached.</source>
        <translation>磋商结果：达成赔偿协议。</translation>
    </message>
    <message>
        <source>Result: no agreement was reached.</source>
        <translation>磋商结果：未达成赔偿协议。</translation>
    </message>
    <message>
        <source>IV. Agreement or judgment</source>
        <translation>四、赔偿协议或判决情况</translation>
    </message>
    <message>
        <source>Compensation agreement signed on %1: %2 in total.</source>
        <translation>于%1签订生态环境损害赔偿协议，赔偿金额合计%2。</translation>
    </message>
    <message>
        <source>Restoration agreed: </source>
        <translation>约定的修复内容：</translation>
    </message>
    <message>
        <source>%1 confirmed the agreement on %2 (%3).</source>
        <translation>%1于%2作出%3民事裁定，确认赔偿协议有效。</translation>
    </message>
    <message>
        <source>%1 refused to confirm the agreement on %2 (%3).</source>
        <translation>%1于%2作出%3民事裁定，驳回司法确认申请。</translation>
    </message>
    <message>
        <source>Claim brought before %1 on %2.</source>
        <translation>于%2向%1提起生态环境损害赔偿诉讼。</translation>
    </message>
    <message>
        <source>Judgment %1 of %2: %3 awarded.</source>
        <translation>%2作出判决（%1），判决赔偿%3。</translation>
    </message>
    <message>
        <source>Judgment: </source>
        <translation>判决主要内容：</translation>
    </message>
    <message>
        <source>No agreement has been signed and no judgment given.</source>
        <translation>尚未签订赔偿协议，亦无生效判决。</translation>
    </message>
    <message>
        <source>V. Use of funds</source>
        <translation>五、赔偿资金使用情况</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>赔偿金已到位%1。</translation>
    </message>
    <message>
        <source>%1: %2 paid by %3</source>
        <translation>%1：%3缴纳%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>VI. Restoration effect</source>
        <translation>六、修复效果</translation>
    </message>
    <message>
        <source>Restoration started on %1 by %2.</source>
        <translation>%1起由%2实施修复。</translation>
    </message>
    <message>
        <source>Restoration reported complete on %1.</source>
        <translation>%1报告修复完成。</translation>
    </message>
    <message>
        <source>Completion report: </source>
        <translation>修复完成情况：</translation>
    </message>
    <message>
        <source>Evaluation of %1 by %2: passed.</source>
        <translation>%1由%2开展修复效果评估，结论为通过。</translation>
    </message>
    <message>
        <source>Evaluation of %1 by %2: not passed.</source>
        <translation>%1由%2开展修复效果评估，结论为未通过。</translation>
    </message>
    <message>
        <source>Targets achieved: </source>
        <translation>修复目标达成情况：</translation>
    </message>
    <message>
        <source>Effect: </source>
        <translation>修复效果：</translation>
    </message>
    <message>
        <source>Restoration has not started.</source>
        <translation>尚未启动修复。</translation>
    </message>
    <message>
        <source>Reviewed by: %1</source>
        <translation>审核人：%1</translation>
    </message>
    <message>
        <source>Public information on case %1: %2</source>
        <translation>%2信息公开（案件编号%1）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Disclosure text (Art. 35), reviewed by %1; text SHA-256 %2</source>
        <translation>信息公开文本（第三十五条），审核人%1；文本SHA-256：%2</translation>
    </message>
    <message>
        <source>Disclosure (Art. 35 ¶2)</source>
        <translation>信息公开（第三十五条第二款）</translation>
    </message>
    <message>
        <source>[ID number removed]</source>
        <translation>［身份证号码已隐去］</translation>
    </message>
    <message>
        <source>[credit code removed]</source>
        <translation>［统一社会信用代码已隐去］</translation>
    </message>
    <message>
        <source>[telephone removed]</source>
        <translation>［电话号码已隐去］</translation>
    </message>
    <message>
        <source>[address removed]</source>
        <translation>［住址已隐去］</translation>
    </message>
    <message>
        <source>[account removed]</source>
        <translation>［账号已隐去］</translation>
    </message>
    <message>
        <source>[plate number removed]</source>
        <translation>［车牌号码已隐去］</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称或姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>车牌号码</translation>
    </message>
    <message>
        <source>[name removed]</source>
        <translation>［姓名已隐去］</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Field</name>
    <message>
        <source>Liable party</source>
        <translation>赔偿义务人</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Method of service</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Meeting on</source>
        <translation>磋商会议日期</translation>
    </message>
    <message>
        <source>Reply due on</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复意见</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>磋商日期</translation>
    </message>
    <message>
        <source>Form of consultation</source>
        <translation>磋商方式</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Record of the round</source>
        <translation>磋商会议记录</translation>
    </message>
    <message>
        <source>Signed by everyone present</source>
        <translation>参会各方均已签字</translation>
    </message>
    <message>
        <source>Host&apos;s note on a refusal to sign</source>
        <translation>主持人对拒绝签字情况的说明</translation>
    </message>
    <message>
        <source>Reason to exceed 3 rounds or 90 days</source>
        <translation>磋商超过三次或九十日的理由</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Restoration: plan, start and time limit</source>
        <translation>修复方案、修复启动时间和期限</translation>
    </message>
    <message>
        <source>Party assuming the whole liability</source>
        <translation>承担全部赔偿责任的赔偿义务人</translation>
    </message>
    <message>
        <source>Parties will apply for judicial confirmation</source>
        <translation>双方将申请司法确认</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>分期赔付</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>人民法院</translation>
    </message>
    <message>
        <source>Why consultation failed</source>
        <translation>磋商未达成一致的情形</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Accepted by the court on</source>
        <translation>法院受理日期</translation>
    </message>
    <message>
        <source>Ruled on</source>
        <translation>裁定日期</translation>
    </message>
    <message>
        <source>Agreement confirmed</source>
        <translation>赔偿协议获司法确认</translation>
    </message>
    <message>
        <source>Ruling number</source>
        <translation>裁定书案号</translation>
    </message>
    <message>
        <source>Judged on</source>
        <translation>判决日期</translation>
    </message>
    <message>
        <source>Judgment number</source>
        <translation>判决书案号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>裁判结果</translation>
    </message>
    <message>
        <source>Amount awarded</source>
        <translation>判决赔偿金额</translation>
    </message>
    <message>
        <source>Restoration ordered</source>
        <translation>判决要求修复</translation>
    </message>
    <message>
        <source>Summary of the judgment</source>
        <translation>判决内容摘要</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Who restores</source>
        <translation>修复实施主体</translation>
    </message>
    <message>
        <source>Name of the restorer</source>
        <translation>修复实施单位名称</translation>
    </message>
    <message>
        <source>Damage facts confirmed in writing on</source>
        <translation>书面确认损害事实日期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>修复节点</translation>
    </message>
    <message>
        <source>Milestone number</source>
        <translation>节点序号</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>缴款日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>缴款人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Completion report</source>
        <translation>修复完成报告</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Evaluation method</source>
        <translation>评估方式</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>评估机构或专家</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>评估通过</translation>
    </message>
    <message>
        <source>Main restoration targets</source>
        <translation>修复主要目标</translation>
    </message>
    <message>
        <source>How the plan was carried out</source>
        <translation>生态环境修复方案执行情况</translation>
    </message>
    <message>
        <source>Whether the targets were met</source>
        <translation>修复目标达成情况</translation>
    </message>
    <message>
        <source>Effect of restoration</source>
        <translation>生态环境修复效果</translation>
    </message>
    <message>
        <source>Resumed on</source>
        <translation>继续修复日期</translation>
    </message>
    <message>
        <source>What remains to be done</source>
        <translation>尚需完成的修复工作</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>结案小结</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <source>Archivist</source>
        <translation>归档人</translation>
    </message>
    <message>
        <source>Kind of proceeding</source>
        <translation>程序类型</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>办理机关</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>文号或案号</translation>
    </message>
    <message>
        <source>Announcement period ends on</source>
        <translation>公告期届满日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>District</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Clue channel</source>
        <translation>线索渠道</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>举报人</translation>
    </message>
    <message>
        <source>Major case</source>
        <translation>重大案件</translation>
    </message>
    <message>
        <source>Why it is a major case</source>
        <translation>列为重大案件的理由</translation>
    </message>
    <message>
        <source>Kind of party</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称或姓名</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>处于羁押状态</translation>
    </message>
    <message>
        <source>Defence agent or close relative</source>
        <translation>刑事诉讼代理人或直系亲属</translation>
    </message>
    <message>
        <source>Pollution liability insurance</source>
        <translation>环境污染责任保险</translation>
    </message>
    <message>
        <source>Lead department and joint case group</source>
        <translation>牵头部门和联合办案组</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>核查人员</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>作出结论日期</translation>
    </message>
    <message>
        <source>Damage to the environment was caused</source>
        <translation>已造成生态环境损害</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>核查情况</translation>
    </message>
    <message>
        <source>Receiving department</source>
        <translation>接收的部门或机构</translation>
    </message>
    <message>
        <source>Transfer letter sent on</source>
        <translation>移送函发出日期</translation>
    </message>
    <message>
        <source>Why it belongs to that department</source>
        <translation>移送理由</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>不适用情形</translation>
    </message>
    <message>
        <source>Appraisal mode</source>
        <translation>鉴定评估方式</translation>
    </message>
    <message>
        <source>Appraisal institution</source>
        <translation>鉴定评估机构</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Commissioned on</source>
        <translation>委托日期</translation>
    </message>
    <message>
        <source>Report due on</source>
        <translation>报告提交期限</translation>
    </message>
    <message>
        <source>Items, content and materials</source>
        <translation>鉴定评估项目、工作内容和材料提供</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Why the case is not simple</source>
        <translation>不符合简易评估适用情形的理由</translation>
    </message>
    <message>
        <source>Damage determination</source>
        <translation>生态环境损害判定</translation>
    </message>
    <message>
        <source>Scope of loss</source>
        <translation>损失范围</translation>
    </message>
    <message>
        <source>Causation analysis</source>
        <translation>因果关系分析</translation>
    </message>
    <message>
        <source>Quantification of damage</source>
        <translation>损害量化</translation>
    </message>
    <message>
        <source>Restoration plan in the report</source>
        <translation>报告提出的修复方案</translation>
    </message>
    <message>
        <source>Damage exists</source>
        <translation>存在生态环境损害</translation>
    </message>
    <message>
        <source>Scope of damage</source>
        <translation>受损范围</translation>
    </message>
    <message>
        <source>Degree of damage</source>
        <translation>受损程度</translation>
    </message>
    <message>
        <source>A liable party is identified</source>
        <translation>有相对明确的赔偿义务人</translation>
    </message>
    <message>
        <source>Causation</source>
        <translation>因果关系</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>Drafted on</source>
        <translation>编制日期</translation>
    </message>
    <message>
        <source>Environmental elements restored</source>
        <translation>修复的环境要素</translation>
    </message>
    <message>
        <source>Scope of restoration</source>
        <translation>修复范围</translation>
    </message>
    <message>
        <source>Targets and standards</source>
        <translation>修复目标及标准</translation>
    </message>
    <message>
        <source>Technical plan</source>
        <translation>技术方案</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>修复进度</translation>
    </message>
    <message>
        <source>Alternative restoration</source>
        <translation>替代修复方式</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>提议日期</translation>
    </message>
    <message>
        <source>Interim loss of services</source>
        <translation>期间服务功能损失</translation>
    </message>
    <message>
        <source>Permanent damage loss</source>
        <translation>永久性损害损失</translation>
    </message>
    <message>
        <source>Investigation and appraisal costs</source>
        <translation>调查、鉴定评估等费用</translation>
    </message>
    <message>
        <source>Clean-up and restoration costs</source>
        <translation>清除污染、修复生态环境费用</translation>
    </message>
    <message>
        <source>Costs of preventing damage</source>
        <translation>防止损害发生和扩大的合理费用</translation>
    </message>
    <message>
        <source>Punitive damages</source>
        <translation>惩罚性赔偿金</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Suspended on</source>
        <translation>中止日期</translation>
    </message>
    <message>
        <source>Days added</source>
        <translation>延长天数</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>告知书序号</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>Proceeding number</source>
        <translation>关联程序序号</translation>
    </message>
    <message>
        <source>Content of the reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>Which one (e.g. instalment:2); empty: every deadline of the kind</source>
        <translation>具体哪一项（如 instalment:2）；留空则适用于该类全部期限</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind of material</source>
        <translation>材料类别</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Legal representative, or operator of an individual business</source>
        <translation>法定代表人（个体工商户为经营者）</translation>
    </message>
    <message>
        <source>Day of issue (papers without an act that dates them)</source>
        <translation>制发日期（无据以确定成文日期的行为时）</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>磋商时间</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>磋商地点</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>签订地点</translation>
    </message>
    <message>
        <source>Place of the meeting recorded</source>
        <translation>会议地点</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>How the report was handled</source>
        <translation>举报处理情况</translation>
    </message>
    <message>
        <source>Materials provided</source>
        <translation>提供的材料</translation>
    </message>
    <message>
        <source>Marked draft (never numbered)</source>
        <translation>标注“草稿”（不编文号）</translation>
    </message>
    <message>
        <source>Number it although the meeting is fewer than five working days away</source>
        <translation>磋商会议距制发日不足五个工作日仍予编号</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Liable party: its number, or &quot;all&quot; for one paper to each</source>
        <translation>赔偿义务人：序号，或“all”（每名义务人各一份）</translation>
    </message>
    <message>
        <source>Which round or appraisal (round:N, appraisal:N)</source>
        <translation>涉及的磋商轮次或鉴定评估（round:N、appraisal:N）</translation>
    </message>
    <message>
        <source>Paper to supersede (document id)</source>
        <translation>被更正的文书（登记号）</translation>
    </message>
    <message>
        <source>Paper served (document id)</source>
        <translation>送达的文书（登记号）</translation>
    </message>
    <message>
        <source>Proof of service (evidence id)</source>
        <translation>送达凭证（证据材料编号）</translation>
    </message>
    <message>
        <source>Apportioned by</source>
        <translation>划分依据</translation>
    </message>
    <message>
        <source>Share in per cent</source>
        <translation>责任份额（百分比）</translation>
    </message>
    <message>
        <source>Share as an amount</source>
        <translation>责任份额（金额）</translation>
    </message>
    <message>
        <source>Liable parties present (a batch; empty: all)</source>
        <translation>参加的赔偿义务人（批次；为空：全部）</translation>
    </message>
    <message>
        <source>Compensation in money only, no restoration by the party</source>
        <translation>仅以金钱赔偿，赔偿义务人不自行修复</translation>
    </message>
    <message>
        <source>To be performed by</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Why less than the advanced costs is claimed</source>
        <translation>主张金额低于垫付费用的理由</translation>
    </message>
    <message>
        <source>Liable parties signing (a batch; empty: all)</source>
        <translation>签署的赔偿义务人（批次；为空：全部）</translation>
    </message>
    <message>
        <source>Took effect on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Paid through the court&apos;s enforcement</source>
        <translation>经法院强制执行支付</translation>
    </message>
    <message>
        <source>Non-tax revenue payment slip or receipt number</source>
        <translation>非税收入缴款书或收据编号</translation>
    </message>
    <message>
        <source>Treasury account paid into</source>
        <translation>缴入的国库账户</translation>
    </message>
    <message>
        <source>What it pays (empty: apportioned)</source>
        <translation>支付项目（为空：按比例分摊）</translation>
    </message>
    <message>
        <source>Why the administrative penalty does not replace compensation</source>
        <translation>行政处罚不能替代赔偿的理由</translation>
    </message>
    <message>
        <source>Acted on</source>
        <translation>实施日期</translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation>实施主体</translation>
    </message>
    <message>
        <source>Name of who acted</source>
        <translation>实施主体名称</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>实施内容</translation>
    </message>
    <message>
        <source>Why the department acted</source>
        <translation>部门先行实施的理由</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用于</translation>
    </message>
    <message>
        <source>Claimed as</source>
        <translation>主张类别</translation>
    </message>
    <message>
        <source>Paid by (department)</source>
        <translation>支付部门</translation>
    </message>
    <message>
        <source>Voucher or invoice number</source>
        <translation>凭证或发票编号</translation>
    </message>
    <message>
        <source>Emergency action number</source>
        <translation>应急处置编号</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>How the report was handled and the answer</source>
        <translation>举报处理情况及答复内容</translation>
    </message>
    <message>
        <source>What the court is asked to enforce</source>
        <translation>申请法院强制执行的内容</translation>
    </message>
    <message>
        <source>Amount to enforce</source>
        <translation>申请执行金额</translation>
    </message>
    <message>
        <source>Enforcement case number</source>
        <translation>执行案件编号</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>终结日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The court&apos;s decision and what remains</source>
        <translation>法院的裁定及尚未履行的部分</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>列入日期</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>决定书编号</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>移出日期</translation>
    </message>
    <message>
        <source>Why (performed, settled…)</source>
        <translation>理由（已履行、已和解……）</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>Why the facts of the damage are simple</source>
        <translation>损害事实简单的理由</translation>
    </message>
    <message>
        <source>Why liability is not disputed</source>
        <translation>责任认定无争议的理由</translation>
    </message>
    <message>
        <source>Estimated damage</source>
        <translation>损害估算金额</translation>
    </message>
    <message>
        <source>The intentional violation of law</source>
        <translation>故意违法行为</translation>
    </message>
    <message>
        <source>The serious consequences</source>
        <translation>严重后果</translation>
    </message>
    <message>
        <source>Evidence (judgment, records, monitoring)</source>
        <translation>证据（判决书、记录、监测数据）</translation>
    </message>
    <message>
        <source>Why the city handles it</source>
        <translation>由市级办理的理由</translation>
    </message>
    <message>
        <source>Why the report leaves out one of the five contents</source>
        <translation>报告缺少五项内容之一的理由</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Member departments</source>
        <translation>成员部门</translation>
    </message>
    <message>
        <source>Assisting town governments or sub-district offices (names)</source>
        <translation>协助的乡镇人民政府或街道办事处（名称）</translation>
    </message>
    <message>
        <source>Decided by (the right holder)</source>
        <translation>决定主体（赔偿权利人）</translation>
    </message>
    <message>
        <source>Formed on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Member department</source>
        <translation>成员部门</translation>
    </message>
    <message>
        <source>Assisting town government or sub-district office (name)</source>
        <translation>协助的乡镇人民政府或街道办事处（名称）</translation>
    </message>
    <message>
        <source>Region (province or city)</source>
        <translation>地区（省或市）</translation>
    </message>
    <message>
        <source>Its department</source>
        <translation>所属部门</translation>
    </message>
    <message>
        <source>How the case is handled together</source>
        <translation>联合办案方式</translation>
    </message>
    <message>
        <source>Liable party (empty: all)</source>
        <translation>赔偿义务人（为空：全部）</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>报送对象</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>报送内容</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>下达日期</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>下达单位</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>指示内容</translation>
    </message>
    <message>
        <source>To be done by</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Instruction number</source>
        <translation>指示编号</translation>
    </message>
    <message>
        <source>How it was carried out</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <source>Step number</source>
        <translation>环节编号</translation>
    </message>
    <message>
        <source>Payment number (1 = the first recorded)</source>
        <translation>缴款序号（1 为最先登记的一笔）</translation>
    </message>
    <message>
        <source>Which of them (1 = the first recorded; empty: the only one)</source>
        <translation>第几条（1为最先记录的一条；仅有一条时留空）</translation>
    </message>
    <message>
        <source>Record to correct</source>
        <translation>需更正的记录</translation>
    </message>
    <message>
        <source>Field to correct</source>
        <translation>需更正的事项</translation>
    </message>
    <message>
        <source>Right value (a date as YYYY-MM-DD)</source>
        <translation>正确的值（日期按YYYY-MM-DD填写）</translation>
    </message>
    <message>
        <source>Existing case number (a case from a legacy ledger)</source>
        <translation>原案件编号（历史台账中的案件）</translation>
    </message>
    <message>
        <source>Identified on (when not today)</source>
        <translation>确定日期（非当日时填写）</translation>
    </message>
</context>
<context>
    <name>ecoclaim::FileStore</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 could not be copied into the case file store.</source>
        <translation>文件 %1 未能复制到案卷文件库。</translation>
    </message>
    <message>
        <source>%1 is not the name of a stored file.</source>
        <translation>%1 不是已存文件的名称。</translation>
    </message>
    <message>
        <source>The stored file %1 is missing from %2.</source>
        <translation>已存文件 %1 在 %2 中缺失。</translation>
    </message>
    <message>
        <source>The stored file %1 has been altered: its bytes no longer match its SHA-256.</source>
        <translation>已存文件 %1 已被改动：其内容与 SHA-256 不再一致。</translation>
    </message>
    <message>
        <source>No stored file %1 is recorded in this database.</source>
        <translation>本数据库未登记存储文件%1。</translation>
    </message>
    <message>
        <source>the server database</source>
        <translation>服务器数据库</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file being stored does not match its SHA-256 %1.</source>
        <translation>待存储文件与其 SHA-256 值 %1 不符。</translation>
    </message>
    <message>
        <source>Piece %1 of the stored file %2 is missing on the server.</source>
        <translation>服务器上缺少已存储文件 %2 的第 %1 段。</translation>
    </message>
    <message>
        <source>The file being stored changed while it was read (%1 bytes instead of %2).</source>
        <translation>待存储文件在读取过程中发生变化（%1 字节，应为 %2 字节）。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Generator</name>
    <message numerus="yes">
        <source>The database already has %n case(s); generate writes only into an empty database.</source>
        <translation>
            <numerusform>数据库中已有 %n 个案件；generate 只向空数据库写入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say how many cases to generate: a number of at least 1.</source>
        <translation>请说明要生成的案件数：至少为 1 的数字。</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>已规划</translation>
    </message>
    <message>
        <source>cases written</source>
        <translation>已写入案件</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>检索索引</translation>
    </message>
    <message>
        <source>%1 is open in another program or was not closed cleanly (its -wal file holds data); generate does not replace it.</source>
        <translation>%1 正被其他程序打开或未正常关闭（其 -wal 文件中存有数据）；generate 不会替换该文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds records (%n audit entries); generate writes only a new database.</source>
        <translation>
            <numerusform>%1 中已有记录（%n 条审计日志记录）；generate 只写入新数据库。</numerusform>
        </translation>
    </message>
    <message>
        <source>The generated database could not be moved to %1.</source>
        <translation>无法将生成的数据库移动到 %1。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Help</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Help for what is in front of you</source>
        <translation>当前内容的帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide to the procedure</source>
        <translation>办案流程指引(&amp;G)</translation>
    </message>
    <message>
        <source>The &amp;rules (full text)</source>
        <translation>《实施细则》全文(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About EcoClaim</source>
        <translation>关于本系统(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>A clue is registered (Ctrl+N) with its channel and the site; EcoClaim warns when a case about the same site or party already exists. Clues are screened and handed to the unit in charge.</source>
        <translation>登记线索（Ctrl+N）时填写线索来源和地点；已有涉及同一地点或同一当事人的案件时，系统予以提示。线索经筛查后移交承办单位。</translation>
    </message>
    <message>
        <source>The unit verifies the clue: whether damage occurred, who caused it, whether the rules apply. The conclusion decides: file the case, transfer it, or not initiate a claim.</source>
        <translation>承办单位对线索进行核查：是否造成生态环境损害、损害由谁造成、是否适用本细则。核查结论决定立案、移送或者不启动索赔。</translation>
    </message>
    <message>
        <source>Where one of the grounds of Art. 14 holds (already compensated, a judgment covers it, minor damage…), the claim is not initiated — a decision of the bureau, with its written reasons.</source>
        <translation>存在第十四条规定情形之一的（已履行赔偿义务、生效裁判已涵盖、损害显著轻微等），不启动索赔程序；该决定由本单位作出并书面说明理由。</translation>
    </message>
    <message>
        <source>Once filed, the damage is investigated (evidence, site records) and appraised by an institution or experts; the appraisal report fixes the amount claimed.</source>
        <translation>立案后开展损害调查（收集证据、现场记录），并委托鉴定机构或者专家进行鉴定评估；鉴定评估报告确定索赔金额。</translation>
    </message>
    <message>
        <source>The liable parties are invited to consult: the notice is served at least five working days before the meeting (the reply slip and the 送达回证 go with it); at most three rounds within ninety days.</source>
        <translation>邀请赔偿义务人进行磋商：磋商告知书应于磋商会议五个工作日前送达（附回执和送达回证）；磋商期限原则上不超过九十日，次数不超过三次。</translation>
    </message>
    <message>
        <source>A consultation that succeeds ends in a compensation agreement, which may be confirmed by a court; payments are recorded against it, instalment by instalment.</source>
        <translation>磋商达成一致的，签署赔偿协议，可以申请司法确认；赔偿款项按期逐笔登记。</translation>
    </message>
    <message>
        <source>Where consultation fails (refused, no reply, the time limit passed), the bureau sues; the judgment is then enforced.</source>
        <translation>磋商未达成一致的（拒绝磋商、逾期未答复、超过磋商期限等），依法提起诉讼；判决生效后申请执行。</translation>
    </message>
    <message>
        <source>Damage that can be restored is restored — by the liable party, a third party or the department — or an alternative restoration is chosen.</source>
        <translation>生态环境损害能够修复的，由赔偿义务人、第三方或者有关部门组织修复；无法原地修复的，可以采取替代修复。</translation>
    </message>
    <message>
        <source>When the restoration is finished its effect is evaluated; an effect short of the goal sends the case back to restoration.</source>
        <translation>修复完成后开展修复效果评估；未达到修复目标的，案件退回修复阶段。</translation>
    </message>
    <message>
        <source>A claim that can no longer go on is terminated, with the reason on record.</source>
        <translation>索赔无法继续进行的，终止索赔，并记录终止理由。</translation>
    </message>
    <message>
        <source>A case whose duties are fulfilled is closed; the information is published and reported.</source>
        <translation>赔偿义务履行完毕的案件予以结案，相关信息依规公开并报送。</translation>
    </message>
    <message>
        <source>The closed case is archived as one volume (the pre-archive self-check lists what is missing); an archived case is read-only.</source>
        <translation>已结案件按一案一卷归档（归档前自查列出缺少的材料）；已归档案件只读。</translation>
    </message>
    <message>
        <source>Guide to the procedure</source>
        <translation>办案流程指引</translation>
    </message>
    <message>
        <source>A case moves from stage to stage by the steps the rules allow. In a case, the next step is the button at the top (Ctrl+Return); a step the rules do not allow yet is refused with the article it rests on — click the article, or press F1, to read it here.</source>
        <translation>案件按照细则允许的步骤逐阶段推进。在案件页面中，下一步操作是顶部的按钮（Ctrl+Return）；细则尚不允许的操作会被拒绝并注明所依据的条款——点击该条款或按F1即可在此阅读条文。</translation>
    </message>
    <message>
        <source>The Chinese original is the final word.</source>
        <translation>以中文原文为准。</translation>
    </message>
    <message>
        <source>Help: the article a refusal cites, or this guide</source>
        <translation>帮助：拒绝提示所引用的条款，或本指引</translation>
    </message>
    <message>
        <source>Register a new clue</source>
        <translation>登记新线索</translation>
    </message>
    <message>
        <source>Search the case list</source>
        <translation>搜索案件列表</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>清除搜索和筛选条件</translation>
    </message>
    <message>
        <source>Enter / Ctrl+O</source>
        <translation>Enter / Ctrl+O</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>打开所选案件</translation>
    </message>
    <message>
        <source>Close the case tab</source>
        <translation>关闭案件标签页</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>返回案件列表</translation>
    </message>
    <message>
        <source>The next step of the open case</source>
        <translation>当前案件的下一步操作</translation>
    </message>
    <message>
        <source>The other actions of the open case</source>
        <translation>当前案件的其他操作</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Show or hide the deadlines</source>
        <translation>显示或隐藏期限面板</translation>
    </message>
    <message>
        <source>A paper for the selected cases</source>
        <translation>为所选案件生成文书</translation>
    </message>
    <message>
        <source>Export the case archive</source>
        <translation>导出案件档案</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>生态环境损害赔偿案件办理系统 — the desktop tool of the caseworkers who handle ecological-environment damage compensation cases in Shanghai.</source>
        <translation>生态环境损害赔偿案件办理系统——本市生态环境损害赔偿案件承办人员使用的桌面工具。</translation>
    </message>
    <message>
        <source>It follows 《上海市生态环境损害赔偿工作实施细则》 (沪环规〔2024〕5号, in force from 10 April 2024 to 9 April 2029); the full text is under &quot;The rules&quot;.</source>
        <translation>依据《上海市生态环境损害赔偿工作实施细则》（沪环规〔2024〕5号，自2024年4月10日起施行，有效期至2029年4月9日）；全文见“《实施细则》”。</translation>
    </message>
    <message>
        <source>Every step of a case is also a command of ecoclaim-cli, through the same core; see the manual pages ecoclaim(1) and ecoclaim-cli(1).</source>
        <translation>案件的每一步操作也可通过 ecoclaim-cli 命令完成，二者使用同一核心；参见手册页 ecoclaim(1) 和 ecoclaim-cli(1)。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Identifiers</name>
    <message>
        <source>Enter the 18-character unified social credit code.</source>
        <translation>请填写18位统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; “%1” has %2.</source>
        <translation>统一社会信用代码应为18位，“%1”为%2位。</translation>
    </message>
    <message>
        <source>A unified social credit code is written in capital letters: %1, not “%2”.</source>
        <translation>统一社会信用代码中的字母应为大写：应为%1，而非“%2”。</translation>
    </message>
    <message>
        <source>“%1” cannot appear in a unified social credit code (character %2 of “%3”): it uses digits and capital letters other than I, O, S, V and Z.</source>
        <translation>统一社会信用代码中不能出现“%1”（“%3”的第%2位）：代码仅由数字和除I、O、S、V、Z以外的大写字母组成。</translation>
    </message>
    <message>
        <source>The check character of “%1” should be %2, not %3: a character was probably mistyped.</source>
        <translation>“%1”的校验码应为%2，而非%3，可能有字符录入错误。</translation>
    </message>
    <message>
        <source>Enter the 18-character resident identity card number.</source>
        <translation>请填写18位居民身份证号码。</translation>
    </message>
    <message>
        <source>“%1” is an old 15-digit identity card number; enter the 18-character number of the current card.</source>
        <translation>“%1”为旧版15位身份证号码，请填写现行身份证上的18位号码。</translation>
    </message>
    <message>
        <source>A resident identity card number has 18 characters; “%1” has %2.</source>
        <translation>居民身份证号码应为18位，“%1”为%2位。</translation>
    </message>
    <message>
        <source>Character %1 of “%2” must be a digit, not “%3”.</source>
        <translation>“%2”的第%1位应为数字，而非“%3”。</translation>
    </message>
    <message>
        <source>Write the last character of “%1” as a capital X.</source>
        <translation>“%1”的最后一位应写作大写X。</translation>
    </message>
    <message>
        <source>The last character of “%1” must be a digit or X, not “%2”.</source>
        <translation>“%1”的最后一位应为数字或X，而非“%2”。</translation>
    </message>
    <message>
        <source>The birth date in “%1” is impossible: %2 is not a calendar date.</source>
        <translation>“%1”中的出生日期不成立：%2不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in “%1” is impossible: %2 is in the future.</source>
        <translation>“%1”中的出生日期不成立：%2晚于今天。</translation>
    </message>
    <message>
        <source>The birth date in “%1” is impossible: %2 is before %3.</source>
        <translation>“%1”中的出生日期不成立：%2早于%3年。</translation>
    </message>
    <message>
        <source>The check character of “%1” should be %2, not %3: a digit was probably mistyped.</source>
        <translation>“%1”的校验码应为%2，而非%3，可能有数字录入错误。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Import</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is empty: the first row must name the columns.</source>
        <translation>文件为空：第一行应为列名。</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds &quot;%3&quot; but the column has no header.</source>
        <translation>第 %1 行第 %2 列填有“%3”，但该列没有列名。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file has %1 bytes; at most %2 are imported at once.</source>
        <translation>该文件有 %1 字节；一次最多导入 %2 字节。</translation>
    </message>
    <message>
        <source>%1: read as %2, %3 rows.</source>
        <translation>%1：按 %2 读取，共 %3 行。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>, column %1 (%2)</source>
        <translation>，第 %1 列（%2）</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) refused.</source>
        <translation>
            <numerusform>未导入任何数据：%n 行被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: all %1 rows would be imported (nothing was changed).</source>
        <translation>试运行：全部 %1 行均可导入（未作任何更改）。</translation>
    </message>
    <message>
        <source>Imported %1 clues as batch %2 (undo: ecoclaim-cli import undo %2).</source>
        <translation>已导入线索 %1 条，批次 %2（撤销：ecoclaim-cli import undo %2）。</translation>
    </message>
    <message>
        <source>row %1 → %2</source>
        <translation>第 %1 行 → %2</translation>
    </message>
    <message>
        <source>The mapping is not a JSON object (%1 at byte %2).</source>
        <translation>列对应文件不是 JSON 对象（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The mapping is not an EcoClaim import mapping (&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: 1).</source>
        <translation>该文件不是 EcoClaim 导入列对应文件（应为 &quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: 1）。</translation>
    </message>
    <message>
        <source>The mapping sends column &quot;%1&quot; to &quot;%2&quot;, which is not a field of %3.</source>
        <translation>列对应文件将列“%1”对应到“%2”，但它不是 %3 的字段。</translation>
    </message>
    <message>
        <source>The mapping gives a value for &quot;%1&quot;, which is not a field of %2.</source>
        <translation>列对应文件为“%1”给出了默认值，但它不是 %2 的字段。</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>无法读取列对应文件 %1：%2</translation>
    </message>
    <message>
        <source>The mapping %1 is larger than 1 MiB; it is not a mapping.</source>
        <translation>列对应文件 %1 超过 1 MiB，不是列对应文件。</translation>
    </message>
    <message>
        <source>Cannot write the mapping %1: %2</source>
        <translation>无法写入列对应文件 %1：%2</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; is no field of %3: name it in a mapping (or map it to &quot;&quot; to leave it out).</source>
        <translation>第 %1 列“%2”不是 %3 的字段：请在列对应文件中指定（或对应为 &quot;&quot; 以忽略该列）。</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both fill &quot;%3&quot;.</source>
        <translation>第 %1 列和第 %2 列都对应“%3”。</translation>
    </message>
    <message>
        <source>No column of the header row is a field of %1: is the first row the header?</source>
        <translation>表头行中没有任何一列是 %1 的字段：第一行是否为表头？</translation>
    </message>
    <message>
        <source>Row %1, column %2 has %3 characters; a cell holds at most %4.</source>
        <translation>第 %1 行第 %2 列有 %3 个字符；一个单元格最多 %4 个字符。</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns.</source>
        <translation>第 %1 行超过 %2 列。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; import it in parts.</source>
        <translation>文件超过 %1 行，请分批导入。</translation>
    </message>
    <message>
        <source>Row %1, column %2 has more than %3 characters; a cell holds at most %3.</source>
        <translation>第 %1 行第 %2 列超过 %3 个字符；一个单元格最多 %3 个字符。</translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote (&quot;…&quot;x). Quote the whole cell, and write a quote inside it as two (&quot;&quot;).</source>
        <translation>第 %1 行：右引号后还有文字（&quot;…&quot;x）。请用引号括住整个单元格，单元格内的引号写作两个（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>A quoted cell that begins on line %1 is never closed (a &quot; is missing).</source>
        <translation>从第 %1 行开始的带引号单元格没有结束（缺少一个 &quot;）。</translation>
    </message>
    <message>
        <source>This system cannot decode GB18030 (iconv has no GB18030 module).</source>
        <translation>本系统无法解码 GB18030（iconv 缺少 GB18030 模块）。</translation>
    </message>
    <message>
        <source>The file is in UTF-16. Save it as &quot;CSV UTF-8&quot; (or GB18030) and import that.</source>
        <translation>该文件为 UTF-16 编码。请另存为“CSV UTF-8”（或 GB18030）后再导入。</translation>
    </message>
    <message>
        <source>The file says it is UTF-8 (it begins with a byte-order mark), but byte %1 (line %2) is not UTF-8. Nothing was imported.</source>
        <translation>该文件以字节顺序标记开头，声明为 UTF-8，但第 %1 字节（第 %2 行）不是 UTF-8。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 (byte %1, line %2, is not) nor GB18030 (byte %3, line %4, is not). Save it as &quot;CSV UTF-8&quot; and import that.</source>
        <translation>该文件既不是 UTF-8（第 %1 字节，第 %2 行不符）也不是 GB18030（第 %3 字节，第 %4 行不符）。请另存为“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <source>The file is not a readable XLSX workbook: its ZIP directory is damaged or truncated.</source>
        <translation>该文件不是可读取的 XLSX 工作簿：其 ZIP 目录已损坏或不完整。</translation>
    </message>
    <message>
        <source>The workbook has more than %1 parts; it is not an ordinary spreadsheet.</source>
        <translation>该工作簿包含超过 %1 个部件，不是普通的电子表格。</translation>
    </message>
    <message>
        <source>The workbook is damaged: an entry of its ZIP directory cannot be read.</source>
        <translation>该工作簿已损坏：其 ZIP 目录中有条目无法读取。</translation>
    </message>
    <message>
        <source>The workbook is encrypted (part %1): save it without a password and import that.</source>
        <translation>该工作簿已加密（部件 %1）：请另存为不设密码的文件后再导入。</translation>
    </message>
    <message>
        <source>Part %1 of the workbook uses compression method %2; only stored and deflated parts are read.</source>
        <translation>工作簿部件 %1 使用压缩方式 %2；仅支持未压缩（stored）和 deflate 压缩的部件。</translation>
    </message>
    <message>
        <source>Part %1 of the workbook would inflate to %2 bytes (at most %3 are read).</source>
        <translation>工作簿部件 %1 解压后将达 %2 字节（最多读取 %3 字节）。</translation>
    </message>
    <message>
        <source>Part %1 of the workbook would inflate %2 times (a ZIP bomb?); it is not read.</source>
        <translation>工作簿部件 %1 解压后将膨胀 %2 倍（疑似 ZIP 炸弹），不予读取。</translation>
    </message>
    <message>
        <source>The workbook would inflate to more than %1 bytes; it is not read.</source>
        <translation>该工作簿解压后将超过 %1 字节，不予读取。</translation>
    </message>
    <message>
        <source>The workbook&apos;s ZIP directory cannot be read (error %1).</source>
        <translation>无法读取该工作簿的 ZIP 目录（错误 %1）。</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>工作簿中没有部件 %1。</translation>
    </message>
    <message>
        <source>Part %1 of the workbook cannot be opened (error %2).</source>
        <translation>无法打开工作簿部件 %1（错误 %2）。</translation>
    </message>
    <message>
        <source>Part %1 of the workbook is damaged: it cannot be inflated.</source>
        <translation>工作簿部件 %1 已损坏：无法解压。</translation>
    </message>
    <message>
        <source>Part %1 of the workbook holds more bytes than its directory declares; it is not read.</source>
        <translation>工作簿部件 %1 的实际字节数超过目录所声明的大小，不予读取。</translation>
    </message>
    <message>
        <source>Part %1 of the workbook is damaged: its checksum does not match.</source>
        <translation>工作簿部件 %1 已损坏：校验和不符。</translation>
    </message>
    <message>
        <source>Part %1 of the workbook is shorter than its directory declares.</source>
        <translation>工作簿部件 %1 比目录所声明的短。</translation>
    </message>
    <message>
        <source>Part %1 of the workbook is not well-formed XML (line %2, column %3: %4).</source>
        <translation>工作簿部件 %1 不是格式正确的 XML（第 %2 行第 %3 列：%4）。</translation>
    </message>
    <message>
        <source>a document type declaration (DTD) is not accepted</source>
        <translation>不接受文档类型声明（DTD）</translation>
    </message>
    <message>
        <source>The file is a ZIP but not an Excel workbook (it has no xl/workbook.xml).</source>
        <translation>该文件是 ZIP 压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet (%1) is missing.</source>
        <translation>工作簿的第一个工作表（%1）缺失。</translation>
    </message>
    <message>
        <source>Shared string %1 of the workbook has more than %2 characters; a cell holds at most %2.</source>
        <translation>工作簿的共享字符串 %1 超过 %2 个字符；一个单元格最多 %2 个字符。</translation>
    </message>
    <message>
        <source>The sheet&apos;s rows are out of order (row %1 after row %2).</source>
        <translation>工作表的行顺序错乱（第 %1 行出现在第 %2 行之后）。</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows; import it in parts.</source>
        <translation>工作表超过 %1 行，请分批导入。</translation>
    </message>
    <message>
        <source>The sheet has a cell outside any row.</source>
        <translation>工作表中有不属于任何行的单元格。</translation>
    </message>
    <message>
        <source>Cell reference &quot;%1&quot; in row %2 is not a cell of that row.</source>
        <translation>第 %2 行中的单元格引用“%1”不属于该行。</translation>
    </message>
    <message>
        <source>Cell %1 refers to shared string &quot;%2&quot;; the workbook has %3.</source>
        <translation>单元格 %1 引用共享字符串“%2”，而工作簿只有 %3 个。</translation>
    </message>
    <message>
        <source>Cell %1 should hold a number but holds &quot;%2&quot;.</source>
        <translation>单元格 %1 应为数字，实为“%2”。</translation>
    </message>
    <message>
        <source>The stage the case has reached is required.</source>
        <translation>须填写案件所处阶段。</translation>
    </message>
    <message>
        <source>The row says the case is at stage &quot;%1&quot; but has a value for %2, a later step: correct the stage or the value.</source>
        <translation>该行所载阶段为“%1”，却填写了后续环节的“%2”：请更正阶段或该项内容。</translation>
    </message>
    <message>
        <source>The mapping is for a clue register (%1), not a case ledger: its &quot;command&quot; must be &quot;%2&quot;.</source>
        <translation>该列对应文件用于线索登记表（%1），而非案件台账：其“command”应为“%2”。</translation>
    </message>
    <message>
        <source>Column %1 holds &quot;%2&quot; but the column has no header.</source>
        <translation>第 %1 列填有“%2”，但该列没有表头。</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>文件中没有可导入的行。</translation>
    </message>
    <message>
        <source>Imported %1 cases as batch %2 (undo: ecoclaim-cli import undo %2).</source>
        <translation>已导入 %1 件案件，批次 %2（撤销：ecoclaim-cli import undo %2）。</translation>
    </message>
    <message>
        <source>The mapping names &quot;%1&quot;: an import registers new clues (register_clue) or cases of a legacy ledger (%2).</source>
        <translation>列对应文件指定了“%1”：导入只能登记新线索（register_clue）或历史台账中的案件（%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category of Art. 5: write 期间损失, 永久性损害损失, 鉴定评估费用, 修复费用 or 应急处置费用.</source>
        <translation>“%1”不是第五条规定的赔偿范围类别：请填写期间损失、永久性损害损失、鉴定评估费用、修复费用或应急处置费用。</translation>
    </message>
    <message>
        <source>%1 is a total, and amounts are kept by the categories of Art. 5: name its category in the column %2 (期间损失, 永久性损害损失, 鉴定评估费用, 修复费用 or 应急处置费用).</source>
        <translation>%1为合计数，而金额须按第五条规定的赔偿范围分类记录：请在“%2”列注明其类别（期间损失、永久性损害损失、鉴定评估费用、修复费用或应急处置费用）。</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; is not taken by a ledger import (it takes clue, preliminary verification, filed, appraisal, consultation, agreement, restoration, evaluation, closed, transferred, not applicable, no damage, not initiated and terminated): a suit (Art. 25) and an archived file (Art. 42) rest on records a ledger does not hold. The row is refused rather than imported as something it was not; import the case up to its last stage taken and record the rest through its own steps.</source>
        <translation>台账导入不接收“%1”阶段（可接收：线索、初步核查、立案、鉴定评估、磋商、协议、修复、修复效果评估、结案、已移送、不适用、未造成损害、不启动索赔、终止索赔）：诉讼（第二十五条）以及已归档案卷（第四十二条）所依据的记录台账中没有。为避免按不实情况导入，本行不予导入；请将案件导入至可接收的最后阶段，其余环节按各自步骤办理登记。</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; is none of: clue (线索), preliminary verification (初步核查), filed (立案·损害调查), appraisal (鉴定评估), consultation (磋商), agreement (协议), restoration (修复), evaluation (修复效果评估), closed (结案), transferred (已移送), not applicable (不适用), no damage (未造成损害), not initiated (不启动索赔), terminated (终止索赔).</source>
        <translation>阶段“%1”不属于以下任一阶段：线索、初步核查、立案·损害调查、鉴定评估、磋商、协议、修复、修复效果评估、结案、已移送、不适用、未造成损害、不启动索赔、终止索赔。</translation>
    </message>
    <message>
        <source>%1 belongs to an outcome (transferred, not applicable, no damage, not initiated, terminated) but the row says the case is at stage &quot;%2&quot;: correct the stage or the value.</source>
        <translation>%1仅适用于已移送、不适用、未造成损害、不启动索赔或终止索赔的案件，但本行所处阶段为“%2”：请更正阶段或该项数值。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Ledger</name>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Clue channel</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简要案情</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>举报人</translation>
    </message>
    <message>
        <source>Major case</source>
        <translation>是否重大案件</translation>
    </message>
    <message>
        <source>Why it is a major case</source>
        <translation>重大案件理由</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>办理阶段</translation>
    </message>
    <message>
        <source>Kind of liable party</source>
        <translation>义务人类型</translation>
    </message>
    <message>
        <source>Liable party</source>
        <translation>赔偿义务人</translation>
    </message>
    <message>
        <source>Liable party&apos;s credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Verification started on</source>
        <translation>核查开始日期</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>核查人</translation>
    </message>
    <message>
        <source>Verification concluded on</source>
        <translation>核查完成日期</translation>
    </message>
    <message>
        <source>Damage found</source>
        <translation>是否造成损害</translation>
    </message>
    <message>
        <source>Verification finding</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Appraisal mode</source>
        <translation>鉴定评估方式</translation>
    </message>
    <message>
        <source>Appraisal institution</source>
        <translation>鉴定评估机构</translation>
    </message>
    <message>
        <source>Appraisal commissioned on</source>
        <translation>委托鉴定日期</translation>
    </message>
    <message>
        <source>Appraisal report due on</source>
        <translation>鉴定报告期限</translation>
    </message>
    <message>
        <source>Appraisal items</source>
        <translation>鉴定事项</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <source>Amount agreed</source>
        <translation>协议金额</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>已支付金额</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>协议签订日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Appraisal opinion received on</source>
        <translation>鉴定意见出具日期</translation>
    </message>
    <message>
        <source>Category of the amounts</source>
        <translation>金额类别</translation>
    </message>
    <message>
        <source>Investigation concluded on</source>
        <translation>调查结论日期</translation>
    </message>
    <message>
        <source>Consultation started on</source>
        <translation>磋商启动日期</translation>
    </message>
    <message>
        <source>Consultation notice served on</source>
        <translation>磋商告知书送达日期</translation>
    </message>
    <message>
        <source>Method of service</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Consultation meetings held on</source>
        <translation>磋商日期</translation>
    </message>
    <message>
        <source>Compensation in money only</source>
        <translation>仅金钱赔偿</translation>
    </message>
    <message>
        <source>Judicial confirmation applied for on</source>
        <translation>司法确认申请日期</translation>
    </message>
    <message>
        <source>Confirming court</source>
        <translation>司法确认法院</translation>
    </message>
    <message>
        <source>Judicially confirmed on</source>
        <translation>司法确认日期</translation>
    </message>
    <message>
        <source>Confirmation ruling number</source>
        <translation>裁定书文号</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Restoration started on</source>
        <translation>修复启动日期</translation>
    </message>
    <message>
        <source>Who restores</source>
        <translation>修复方式</translation>
    </message>
    <message>
        <source>Restored by</source>
        <translation>修复实施单位</translation>
    </message>
    <message>
        <source>Restoration completed on</source>
        <translation>修复完成日期</translation>
    </message>
    <message>
        <source>Restoration evaluated on</source>
        <translation>修复效果评估日期</translation>
    </message>
    <message>
        <source>Evaluation method</source>
        <translation>评估方式</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>评估机构</translation>
    </message>
    <message>
        <source>Evaluation passed</source>
        <translation>评估结论</translation>
    </message>
    <message>
        <source>Decided or transferred on</source>
        <translation>处理日期</translation>
    </message>
    <message>
        <source>Reason of the outcome</source>
        <translation>处理理由</translation>
    </message>
    <message>
        <source>Explanation of the outcome</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>移送单位</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Lifecycle</name>
    <message>
        <source>The notice must be served at least five working days before the meeting.</source>
        <translation>磋商告知书应当在磋商会议举行前提前五个工作日送达。</translation>
    </message>
    <message>
        <source>The reply deadline must fall between service and the meeting.</source>
        <translation>答复期限应当在送达之日与磋商会议之间。</translation>
    </message>
    <message>
        <source>The party is in custody: name the defence agent or close relative who received the notice.</source>
        <translation>赔偿义务人处于羁押状态：请填写签收磋商告知书的刑事诉讼代理人或直系亲属。</translation>
    </message>
    <message>
        <source>No consultation notice served on this party is awaiting a reply.</source>
        <translation>没有向该赔偿义务人送达且尚待答复的磋商告知书。</translation>
    </message>
    <message>
        <source>No consultation notice has been served.</source>
        <translation>尚未送达磋商告知书。</translation>
    </message>
    <message>
        <source>No liable party has agreed to consult; no reply counts as a refusal.</source>
        <translation>尚无赔偿义务人同意磋商；未答复的，视为拒绝磋商。</translation>
    </message>
    <message>
        <source>Someone present refused to sign: the host must note it on the record.</source>
        <translation>有参会人员拒绝签字：应由主持人在记录中写明情况。</translation>
    </message>
    <message>
        <source>Three rounds have been held: as a rule there is no fourth (give a reason to exceed, or consider litigation under Art. 25(3)).</source>
        <translation>已进行三次磋商：磋商次数原则上不超过三次（请说明超过的理由，或考虑依照第二十五条第一款第三项提起诉讼）。</translation>
    </message>
    <message>
        <source>The 90 days of consultation from service of the notice have passed (give a reason to exceed, or consider litigation under Art. 25(3)).</source>
        <translation>自送达磋商告知书之日起九十日的磋商期限已届满（请说明超过的理由，或考虑依照第二十五条第一款第三项提起诉讼）。</translation>
    </message>
    <message>
        <source>No consultation round is on record.</source>
        <translation>尚无磋商记录。</translation>
    </message>
    <message>
        <source>The agreement cannot be signed before the last consultation round.</source>
        <translation>赔偿协议的签署日期不能早于最近一次磋商。</translation>
    </message>
    <message>
        <source>The instalments must add up to the total amount of the agreement, and fall due after signing.</source>
        <translation>各期分期金额之和应当等于赔偿协议总金额，且到期日应在签署之后。</translation>
    </message>
    <message>
        <source>After an agreement the only ground to sue is that it was not performed; before it, non-performance is no ground.</source>
        <translation>已签署赔偿协议的，只能以协议未履行为由提起诉讼；未签署赔偿协议的，不能以未履行为由提起诉讼。</translation>
    </message>
    <message>
        <source>No liable party has refused the notice, and no reply deadline has passed without a reply.</source>
        <translation>没有赔偿义务人拒绝磋商，也没有逾期未答复的磋商告知书。</translation>
    </message>
    <message>
        <source>Neither the 90 days from service of the notice nor 3 consultation rounds have passed.</source>
        <translation>自送达磋商告知书之日起未满九十日，磋商也未满三次。</translation>
    </message>
    <message>
        <source>Describe the circumstances: who did not attend or walked out, or why agreement is impossible.</source>
        <translation>请说明情况：谁无故不参与或退出磋商会议，或为何无法达成磋商。</translation>
    </message>
    <message>
        <source>The agreement was judicially confirmed: apply to the court for enforcement instead of suing.</source>
        <translation>赔偿协议已经司法确认：应当向人民法院申请强制执行，而非提起诉讼。</translation>
    </message>
    <message>
        <source>There is no signed agreement to confirm.</source>
        <translation>没有可申请司法确认的已签署赔偿协议。</translation>
    </message>
    <message>
        <source>An application for confirmation is already pending or granted.</source>
        <translation>已有司法确认申请正在审查或已获确认。</translation>
    </message>
    <message>
        <source>No application for judicial confirmation is pending.</source>
        <translation>没有正在审查的司法确认申请。</translation>
    </message>
    <message>
        <source>The court announces the agreement for at least 30 days after accepting the application before it rules.</source>
        <translation>人民法院受理申请后，应当对赔偿协议公告不少于三十日，然后作出裁定。</translation>
    </message>
    <message>
        <source>The judgment cannot come before the suit was filed.</source>
        <translation>判决日期不能早于起诉日期。</translation>
    </message>
    <message>
        <source>The liable party may restore first only after both sides confirmed the damage facts in writing.</source>
        <translation>双方当事人书面确认损害事实后，赔偿义务人方可先行开展修复。</translation>
    </message>
    <message>
        <source>Restoration has already started.</source>
        <translation>修复已经启动。</translation>
    </message>
    <message>
        <source>No restoration plan is on record.</source>
        <translation>尚无修复方案。</translation>
    </message>
    <message>
        <source>No judgment ordering restoration or payment is recorded.</source>
        <translation>尚未登记判令修复或赔偿的判决。</translation>
    </message>
    <message>
        <source>There is no open milestone with this number.</source>
        <translation>没有该序号的未完成修复节点。</translation>
    </message>
    <message>
        <source>Nothing is due: no agreement or judgment with an amount is recorded.</source>
        <translation>没有应缴金额：尚未登记载明金额的赔偿协议或判决。</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>缴款金额应大于零。</translation>
    </message>
    <message>
        <source>The payment is more than what remains due.</source>
        <translation>缴款金额超过尚未缴纳的金额。</translation>
    </message>
    <message>
        <source>Restoration cannot be complete before it started.</source>
        <translation>修复完成日期不能早于修复开始日期。</translation>
    </message>
    <message>
        <source>The evaluation cannot come before restoration was completed.</source>
        <translation>评估日期不能早于修复完成日期。</translation>
    </message>
    <message>
        <source>Only a failed evaluation sends the case back to restoration.</source>
        <translation>只有修复效果评估未通过，案件才退回修复阶段。</translation>
    </message>
    <message>
        <source>The reason &quot;other&quot; needs an explanation.</source>
        <translation>选择“其他”情形的，应当说明具体理由。</translation>
    </message>
    <message>
        <source>The investigation conclusion on record does not propose termination.</source>
        <translation>已登记的调查结论未提出终止索赔程序。</translation>
    </message>
    <message>
        <source>Compensation due has not been paid in full.</source>
        <translation>应缴赔偿款尚未足额缴纳。</translation>
    </message>
    <message>
        <source>The file lacks the investigation materials (investigation conclusion).</source>
        <translation>案卷缺少调查材料（调查结论）。</translation>
    </message>
    <message>
        <source>The file lacks the appraisal opinion or report.</source>
        <translation>案卷缺少鉴定意见或评估报告。</translation>
    </message>
    <message>
        <source>The file lacks the consultation materials (notice and records).</source>
        <translation>案卷缺少磋商情况材料（磋商告知书和磋商记录）。</translation>
    </message>
    <message>
        <source>The file lacks the agreement or the judgment.</source>
        <translation>案卷缺少赔偿协议或裁判文书。</translation>
    </message>
    <message>
        <source>The file lacks the restoration materials (a passed effect evaluation).</source>
        <translation>案卷缺少修复工作材料（已通过的修复效果评估）。</translation>
    </message>
    <message>
        <source>A procuratorate&apos;s public-interest notice needs the end of its announcement period: the written reply is due within it.</source>
        <translation>检察机关公益诉讼书面通报须填写公告期届满日期：应当在公告期内书面回复。</translation>
    </message>
    <message>
        <source>The clue cannot be discovered after the day it was received.</source>
        <translation>线索的发现日期不能晚于接收日期。</translation>
    </message>
    <message>
        <source>A major case needs the reason it is major.</source>
        <translation>重大案件须说明列为重大案件的理由。</translation>
    </message>
    <message>
        <source>A natural person has an ID number, not a unified social credit code.</source>
        <translation>自然人应填写居民身份证号码，而非统一社会信用代码。</translation>
    </message>
    <message>
        <source>An organisation has a unified social credit code, not a resident ID number.</source>
        <translation>法人或非法人组织应填写统一社会信用代码，而非居民身份证号码。</translation>
    </message>
    <message>
        <source>This party is already on the case.</source>
        <translation>该赔偿义务人已在本案中。</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one field.</source>
        <translation>没有需要更改的内容：请至少填写一个字段。</translation>
    </message>
    <message>
        <source>Verification cannot start before the clue was received.</source>
        <translation>初步核查的开始日期不能早于线索接收日期。</translation>
    </message>
    <message>
        <source>The conclusion cannot come before verification started.</source>
        <translation>核查结论日期不能早于初步核查开始日期。</translation>
    </message>
    <message>
        <source>The preliminary verification has no recorded conclusion.</source>
        <translation>初步核查尚未登记结论。</translation>
    </message>
    <message>
        <source>Only a verification that found damage to the environment leads to filing.</source>
        <translation>只有经初步核查认定已造成生态环境损害的，才能立案。</translation>
    </message>
    <message>
        <source>The case cannot be filed before the verification concluded.</source>
        <translation>立案日期不能早于初步核查作出结论的日期。</translation>
    </message>
    <message>
        <source>The verification found damage: the case must be filed, not closed.</source>
        <translation>初步核查认定已造成生态环境损害：应当立案，不能办结。</translation>
    </message>
    <message>
        <source>An appraisal is already under way: record its result or stop it first.</source>
        <translation>已有正在进行的鉴定评估：请先登记其结果或将其终止。</translation>
    </message>
    <message>
        <source>Commissioning an institution needs its name, the items of the commission and the time limit.</source>
        <translation>委托鉴定评估机构须填写机构名称、委托事项和时限要求。</translation>
    </message>
    <message>
        <source>An expert assessment needs at least 3 experts.</source>
        <translation>专家评估的专家不少于3人。</translation>
    </message>
    <message>
        <source>A simplified appraisal was stopped as unsuitable: an appraisal institution must be commissioned.</source>
        <translation>简易评估因不符合适用情形已终止：应当委托鉴定评估机构开展鉴定评估。</translation>
    </message>
    <message>
        <source>No expert assessment or comprehensive determination is under way.</source>
        <translation>没有正在进行的专家评估或综合认定。</translation>
    </message>
    <message>
        <source>No appraisal has been commissioned, or it has already been recorded.</source>
        <translation>尚未委托鉴定评估，或其结果已经登记。</translation>
    </message>
    <message>
        <source>The result cannot come before the appraisal was commissioned.</source>
        <translation>鉴定评估结果日期不能早于委托日期。</translation>
    </message>
    <message>
        <source>The investigation cannot conclude before the case was filed.</source>
        <translation>调查结论日期不能早于立案日期。</translation>
    </message>
    <message>
        <source>Consultation can only be proposed when damage exists and a liable party is identified.</source>
        <translation>只有存在生态环境损害且有相对明确的赔偿义务人时，才能提出启动索赔磋商。</translation>
    </message>
    <message>
        <source>No liable party is recorded on the case.</source>
        <translation>本案尚未登记赔偿义务人。</translation>
    </message>
    <message>
        <source>The damage investigation is not complete (no investigation conclusion).</source>
        <translation>尚未完成生态环境损害调查（无调查结论）。</translation>
    </message>
    <message>
        <source>The investigation conclusion proposes terminating the claim, not consultation.</source>
        <translation>调查结论提出终止索赔程序，而非启动索赔磋商。</translation>
    </message>
    <message>
        <source>The damage appraisal is not complete (no appraisal result).</source>
        <translation>尚未完成生态环境损害赔偿鉴定评估（无鉴定评估结果）。</translation>
    </message>
    <message>
        <source>No initial restoration plan (alternative restoration included) has been drafted.</source>
        <translation>尚未编制初步生态环境修复方案（含替代修复）。</translation>
    </message>
    <message>
        <source>%1 must be an amount in yuan, such as &quot;12,345.67&quot;.</source>
        <translation>%1应为以元为单位的金额，例如&quot;12,345.67&quot;。</translation>
    </message>
    <message>
        <source>%1: this case has no liable party &quot;%2&quot; (give the party&apos;s number or exact name).</source>
        <translation>%1：本案没有赔偿义务人“%2”（请填写赔偿义务人的序号或准确名称）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the command %2.</source>
        <translation>&quot;%1&quot;不是命令%2的字段。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a real date (write YYYY-MM-DD).</source>
        <translation>%1：“%2”不是有效日期（请按YYYY-MM-DD填写）。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be in the future.</source>
        <translation>%1（%2）不能晚于今天。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1应为true或false。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of: %3.</source>
        <translation>%1：&quot;%2&quot;不是可选值之一：%3。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a Shanghai district (give its code, such as 310115, or its name).</source>
        <translation>%1：“%2”不是上海市的区（请填写区划代码，如310115，或区名）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known handling department.</source>
        <translation>%1：&quot;%2&quot;不是已知的承办单位。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1应为整数。</translation>
    </message>
    <message>
        <source>%1 must be a list of {&quot;due_on&quot;, &quot;amount&quot;}.</source>
        <translation>%1应为由{&quot;due_on&quot;, &quot;amount&quot;}组成的列表。</translation>
    </message>
    <message>
        <source>%1, instalment %2: &quot;%3&quot; is not a real date.</source>
        <translation>%1第%2期：“%3”不是有效日期。</translation>
    </message>
    <message>
        <source>%1, instalment %2: %3</source>
        <translation>%1第%2期：%3</translation>
    </message>
    <message>
        <source>%1, instalment %2: the amount must be more than zero.</source>
        <translation>%1第%2期：金额应大于零。</translation>
    </message>
    <message>
        <source>The case is archived: its file is closed and can no longer be changed.</source>
        <translation>案件已归档：案卷已封存，不能再作更改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be done while the case is at the stage &quot;%2&quot;; it is possible at: %3.</source>
        <translation>案件处于“%2”阶段，不能办理“%1”；可办理的阶段：%3。</translation>
    </message>
    <message>
        <source>This deadline is already suspended.</source>
        <translation>该期限已中止。</translation>
    </message>
    <message>
        <source>This deadline is not suspended.</source>
        <translation>该期限未中止。</translation>
    </message>
    <message>
        <source>A deadline cannot resume before it was suspended.</source>
        <translation>恢复计算的日期不能早于中止日期。</translation>
    </message>
    <message>
        <source>An extension adds at least one day, at most a year.</source>
        <translation>期限延长至少一日，至多一年。</translation>
    </message>
    <message>
        <source>There is no consultation notice with this number.</source>
        <translation>没有该序号的磋商告知书。</translation>
    </message>
    <message>
        <source>There is no public-interest notice of a procuratorate with this number awaiting a reply.</source>
        <translation>该序号下没有待回复的检察机关公益诉讼书面通报。</translation>
    </message>
    <message>
        <source>A page count is at least 1.</source>
        <translation>页数至少为1。</translation>
    </message>
    <message>
        <source>No investigation material (report, records, monitoring data) has been added to the file.</source>
        <translation>案卷中尚无调查材料（调查报告、笔录、监测数据等）。</translation>
    </message>
    <message>
        <source>Deadlines were missed with no reason on record (suspend or extend them with the reason).</source>
        <translation>有期限已超过且未记录理由（请以理由登记中止或延长）。</translation>
    </message>
    <message>
        <source>Deadlines were missed with no reason on record (suspend or extend them with the reason): %1</source>
        <translation>有期限已超过且未记录理由（请以理由登记中止或延长）：%1</translation>
    </message>
    <message>
        <source>A paper was served with no proof of service (receipt) on file.</source>
        <translation>有文书已送达但案卷中没有送达回证。</translation>
    </message>
    <message>
        <source>The meeting is fewer than five working days after the notice&apos;s day of issue, so the notice cannot be served five working days before it: set a later meeting, or confirm with accept_short_lead.</source>
        <translation>磋商会议距告知书制发日不足五个工作日，无法在会议五个工作日前送达：请推迟磋商会议，或以accept_short_lead确认仍予编号。</translation>
    </message>
    <message>
        <source>Name the liable party by its number, or &quot;all&quot;; the case has no such party.</source>
        <translation>请以序号指明赔偿义务人，或填写“all”；本案无此赔偿义务人。</translation>
    </message>
    <message>
        <source>There is no current numbered paper with this id on the case (or it was already superseded).</source>
        <translation>本案没有该登记号的现行已编号文书（或已被更正作废）。</translation>
    </message>
    <message>
        <source>Only a current, numbered or final paper of this case is served (not a draft, not a superseded one).</source>
        <translation>只能送达本案现行的正式文书（草稿及已作废文书不予送达）。</translation>
    </message>
    <message>
        <source>A paper cannot be served before the date it bears.</source>
        <translation>文书不能在其成文日期之前送达。</translation>
    </message>
    <message>
        <source>The proof of service must be evidence of the same case.</source>
        <translation>送达凭证须为本案的证据材料。</translation>
    </message>
    <message>
        <source>A consultation notice is served once consultation has started.</source>
        <translation>磋商启动后方可送达磋商告知书。</translation>
    </message>
    <message>
        <source>This notice was already served: correct its service with correct_notice_service, or supersede the notice.</source>
        <translation>该告知书已送达：如需更正送达信息请使用correct_notice_service，或更正告知书并重新编号。</translation>
    </message>
    <message>
        <source>A share is recorded only where there are several liable parties.</source>
        <translation>仅在赔偿义务人为两人以上时登记责任份额。</translation>
    </message>
    <message>
        <source>Give the share as a per cent from 1 to 100, an amount, or both.</source>
        <translation>请以1至100的百分比、金额或二者同时填写责任份额。</translation>
    </message>
    <message>
        <source>The parties&apos; shares on the same basis would exceed 100 per cent.</source>
        <translation>同一依据下各赔偿义务人的责任份额合计将超过100%。</translation>
    </message>
    <message>
        <source>%1: write the amount as a string, such as &quot;12345.67&quot;: a JSON number with decimals (or this large) is not kept exactly, and an amount is never rounded.</source>
        <translation>%1：金额请写成字符串，如 &quot;12345.67&quot;：带小数（或数值过大）的 JSON 数字无法精确保存，且金额一律不作舍入。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1 must be text (a JSON string in quotes).</source>
        <translation>%1 必须为文本（带引号的 JSON 字符串）。</translation>
    </message>
    <message>
        <source>%1 must be text, or a list of texts.</source>
        <translation>%1 必须为文本或文本列表。</translation>
    </message>
    <message>
        <source>%1 has %2 items; at most %3 are accepted.</source>
        <translation>%1 有 %2 项；最多接受 %3 项。</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1，第 %2 项</translation>
    </message>
    <message>
        <source>Name the parties of the batch by their number or exact name.</source>
        <translation>请以编号或准确名称指明该批次的赔偿义务人。</translation>
    </message>
    <message>
        <source>“%1” is not a liable party of this case.</source>
        <translation>“%1”不是本案件的赔偿义务人。</translation>
    </message>
    <message>
        <source>After an agreement, consultation goes on only with a batch of parties who have not signed one: name them.</source>
        <translation>达成赔偿协议后，仅可与尚未签署协议的一批赔偿义务人继续磋商：请指明这些赔偿义务人。</translation>
    </message>
    <message>
        <source>Less is claimed than the department advanced in a category (Art. 5): claim it, or say why in the note on advanced costs.</source>
        <translation>某类费用的主张金额低于部门垫付金额（第五条）：请予主张，或在垫付费用说明中写明理由。</translation>
    </message>
    <message>
        <source>Punitive damages need the intentional violation and its serious consequences recorded first.</source>
        <translation>主张惩罚性赔偿，须先记录故意违法行为及其严重后果。</translation>
    </message>
    <message>
        <source>A judgment cannot take effect before it was given.</source>
        <translation>判决生效日期不能早于判决作出日期。</translation>
    </message>
    <message>
        <source>A payment through enforcement needs an application for enforcement pending.</source>
        <translation>经强制执行支付，须有尚在办理中的强制执行申请。</translation>
    </message>
    <message>
        <source>Handing the claim over to a public-interest suit needs the procuratorate&apos;s proceeding linked to the case.</source>
        <translation>将索赔移交公益诉讼，须先将检察机关的相关程序关联到本案件。</translation>
    </message>
    <message>
        <source>The agreement or judgment provides for restoration (or restoration began): the case closes only after the restoration-effect evaluation has passed.</source>
        <translation>赔偿协议或判决约定了修复（或修复已开始）：须修复效果评估通过后方可结案。</translation>
    </message>
    <message>
        <source>Closing with compensation unpaid after enforcement ended for lack of assets needs a closing summary stating what remains unpaid.</source>
        <translation>因被执行人无财产可供执行而终结执行、赔偿款仍未付清而结案的，须提交结案总结，写明尚未支付的部分。</translation>
    </message>
    <message>
        <source>An application for enforcement is still pending: record how it ended first.</source>
        <translation>仍有强制执行申请在办理中：请先记录其结果。</translation>
    </message>
    <message>
        <source>Closing from litigation needs the judgment on record.</source>
        <translation>诉讼结案须先录入判决。</translation>
    </message>
    <message>
        <source>A department or its third party acts first only when the liable party cannot perform or no consensus on restoration was reached: say which.</source>
        <translation>仅在赔偿义务人无法履行或未就修复达成一致时，方可由部门或其委托的第三方先行实施：请说明属于哪种情形。</translation>
    </message>
    <message>
        <source>A cost must be more than zero.</source>
        <translation>费用必须大于零。</translation>
    </message>
    <message>
        <source>This cost belongs to another category of Art. 5: investigation, monitoring and appraisal are (3); emergency clean-up is (4) or (5); restoration on the party&apos;s behalf is (4).</source>
        <translation>该费用属于第五条的其他类别：调查、监测和鉴定评估属于第（三）项；应急清理属于第（四）项或第（五）项；代为修复属于第（四）项。</translation>
    </message>
    <message>
        <source>There is no emergency action with this number.</source>
        <translation>不存在该编号的应急处置。</translation>
    </message>
    <message>
        <source>The case is linked to an administrative penalty: a penalty does not replace compensation. Say why the claim is not pursued all the same.</source>
        <translation>本案件关联了行政处罚：行政处罚不能替代赔偿。请说明仍不主张赔偿的理由。</translation>
    </message>
    <message>
        <source>No reporter is recorded on the case.</source>
        <translation>案件未记录举报人。</translation>
    </message>
    <message>
        <source>The answer cannot come before the report was received.</source>
        <translation>答复时间不得早于收到举报的时间。</translation>
    </message>
    <message>
        <source>No application for enforcement is pending.</source>
        <translation>没有待处理的强制执行申请。</translation>
    </message>
    <message>
        <source>This cannot come before the application for enforcement.</source>
        <translation>该时间不得早于申请强制执行的时间。</translation>
    </message>
    <message>
        <source>Only a judicially confirmed agreement or a judgment is enforced by the court; an agreement not confirmed is sued on instead (Art. 25 ¶2).</source>
        <translation>只有经司法确认的赔偿协议或者判决才由人民法院强制执行；未经司法确认的协议应当另行提起诉讼（第二十五条第二款）。</translation>
    </message>
    <message>
        <source>The agreement or judgment has been performed (paid in full, restoration evaluated as passed): there is nothing to enforce.</source>
        <translation>赔偿协议或者判决已履行完毕（已全额支付，修复效果评估已通过）：无需强制执行。</translation>
    </message>
    <message>
        <source>An application for enforcement is already pending: record its course and how it ended.</source>
        <translation>已有待处理的强制执行申请：请记录其进展及结果。</translation>
    </message>
    <message>
        <source>Enforcement cannot be applied for before the confirmation ruling, or before the judgment took effect.</source>
        <translation>在司法确认裁定作出前或者判决生效前，不得申请强制执行。</translation>
    </message>
    <message>
        <source>The court cannot accept the application before it was made.</source>
        <translation>人民法院受理申请的时间不得早于申请提出的时间。</translation>
    </message>
    <message>
        <source>The amount to enforce is more than what remains unpaid.</source>
        <translation>申请执行金额超过尚未支付的金额。</translation>
    </message>
    <message>
        <source>Describe the step.</source>
        <translation>请描述该步骤。</translation>
    </message>
    <message>
        <source>Enforced in full needs the payments on record first: nothing may remain unpaid (record each payment through the enforcement).</source>
        <translation>全部执行完毕须先记录付款：不得有未支付金额（请逐笔记录通过强制执行收到的款项）。</translation>
    </message>
    <message>
        <source>Enforced in part needs at least one payment through the enforcement on record.</source>
        <translation>部分执行须至少记录一笔通过强制执行收到的款项。</translation>
    </message>
    <message>
        <source>Ending for lack of assets, a settlement or a withdrawal needs the court&apos;s decision and what remains unpaid.</source>
        <translation>因无财产可供执行、达成执行和解或者撤回申请而终结执行的，须记录人民法院的裁定及尚未支付的金额。</translation>
    </message>
    <message>
        <source>A party is listed as a dishonest judgment debtor in enforcement of a confirmed agreement or judgment: no enforcement is on record.</source>
        <translation>当事人须在赔偿协议经司法确认或者判决的强制执行中才会被列入失信被执行人名单：目前没有强制执行记录。</translation>
    </message>
    <message>
        <source>This party is already on the list.</source>
        <translation>该当事人已在名单中。</translation>
    </message>
    <message>
        <source>This party is not on the list.</source>
        <translation>该当事人不在名单中。</translation>
    </message>
    <message>
        <source>This route is only for a simple case (simple facts, undisputed liability, small damage): record the grounds first.</source>
        <translation>此程序仅适用于简易案件（事实简单、责任无争议、损害较小）：请先记录相关依据。</translation>
    </message>
    <message>
        <source>The appraisal found damage of %1 yuan, not under the simple-case threshold of %2 yuan.</source>
        <translation>鉴定评估确定的损害金额为 %1 元，未低于简易案件标准 %2 元。</translation>
    </message>
    <message>
        <source>This route is only for a simple case (simple facts, undisputed liability, small damage).</source>
        <translation>此程序仅适用于简易案件（事实简单、责任无争议、损害较小）。</translation>
    </message>
    <message>
        <source>The damage is not small: the estimate is not under the bureau&apos;s simple-case threshold.</source>
        <translation>损害并非较小：估算金额未低于本局的简易案件标准。</translation>
    </message>
    <message>
        <source>The estimated damage of %1 yuan is not under the simple-case threshold of %2 yuan.</source>
        <translation>估算损害金额 %1 元，未低于简易案件标准 %2 元。</translation>
    </message>
    <message>
        <source>The completed appraisal found damage not under the simple-case threshold.</source>
        <translation>已完成的鉴定评估确定的损害金额未低于简易案件标准。</translation>
    </message>
    <message>
        <source>A town government or sub-district office assists in a case but does not handle it: choose the designated department.</source>
        <translation>镇人民政府或者街道办事处协助办理案件，但不承办案件：请选择指定的部门。</translation>
    </message>
    <message>
        <source>An appraisal contains the damage determination, the scope of loss, the causation analysis, the quantification and the restoration plan; say why one is left out.</source>
        <translation>鉴定评估应当包括损害确认、损失范围、因果关系分析、损害量化及修复方案；如缺少某项，请说明理由。</translation>
    </message>
    <message>
        <source>The simplified appraisal found damage not under the simple-case threshold: stop it and commission an appraisal institution.</source>
        <translation>简易鉴定评估确定的损害金额未低于简易案件标准：请终止简易评估并委托鉴定评估机构。</translation>
    </message>
    <message>
        <source>A case handled at city level needs its ground (major impact, the city&apos;s list, across districts, assigned) and a city department.</source>
        <translation>由市级办理的案件须注明依据（影响重大、列入市级清单、跨区、交办）及市级部门。</translation>
    </message>
    <message>
        <source>The joint case group is already formed: add a member instead.</source>
        <translation>联合办案组已组建：请改为添加成员。</translation>
    </message>
    <message>
        <source>A town government or sub-district office assists but cannot lead or be a member handling the case.</source>
        <translation>镇人民政府或者街道办事处只能协助，不能牵头或者作为成员承办案件。</translation>
    </message>
    <message>
        <source>Each member is a department other than the lead (catalogue keys such as district_water).</source>
        <translation>每个成员均须为牵头部门以外的部门（目录键名，如 district_water）。</translation>
    </message>
    <message>
        <source>“%1” is not a member department other than the lead.</source>
        <translation>“%1”不是牵头部门以外的成员部门。</translation>
    </message>
    <message>
        <source>Those who assist are town governments or sub-district offices, by name (……镇人民政府, ……街道办事处).</source>
        <translation>协助单位为镇人民政府或者街道办事处，请填写名称（……镇人民政府、……街道办事处）。</translation>
    </message>
    <message>
        <source>No joint case group has been formed.</source>
        <translation>尚未组建联合办案组。</translation>
    </message>
    <message>
        <source>Give either a member department or an assisting town, not both.</source>
        <translation>请填写成员部门或者协助镇（街道）之一，不得同时填写。</translation>
    </message>
    <message>
        <source>Already in the group.</source>
        <translation>已在办案组中。</translation>
    </message>
    <message>
        <source>The other region is outside Shanghai (a Shanghai district is handled under Art. 6 ¶2).</source>
        <translation>另一地区不在上海市范围内（本市各区之间按第六条第二款办理）。</translation>
    </message>
    <message>
        <source>Name the party who stayed away from or walked out of the consultation meeting.</source>
        <translation>请填写未参加或者中途退出磋商会议的当事人。</translation>
    </message>
    <message>
        <source>This party was never served a consultation notice: it cannot have stayed away from consultation.</source>
        <translation>该当事人从未收到磋商通知：不能认定其未参加磋商。</translation>
    </message>
    <message>
        <source>This party signed an agreement: consultation with it did not fail.</source>
        <translation>该当事人已签署赔偿协议：与其磋商并未失败。</translation>
    </message>
    <message>
        <source>Only a major case is supervised: mark the case major, with its reason, first.</source>
        <translation>仅对重大案件进行督办：请先将案件标记为重大案件并说明理由。</translation>
    </message>
    <message>
        <source>An instruction cannot be due before it was issued.</source>
        <translation>指示的期限不得早于其下达时间。</translation>
    </message>
    <message>
        <source>There is no open instruction with this number.</source>
        <translation>没有该编号的未完成指示。</translation>
    </message>
    <message>
        <source>There is no open timetable step with this number.</source>
        <translation>没有该编号的未完成时间表步骤。</translation>
    </message>
    <message>
        <source>The case has no payment of that number (payments are numbered 1, 2… in the order recorded).</source>
        <translation>本案没有该序号的缴款记录（缴款按登记先后编为 1、2……）。</translation>
    </message>
    <message>
        <source>Nothing to correct: give at least one field with its right value.</source>
        <translation>没有需要更正的内容：请至少填写一项更正后的值。</translation>
    </message>
    <message>
        <source>papers addressed to the party</source>
        <translation>向其制发的法律文书</translation>
    </message>
    <message>
        <source>consultation notices served on the party</source>
        <translation>向其送达的磋商告知书</translation>
    </message>
    <message>
        <source>consultation rounds the party attended</source>
        <translation>其参加的磋商</translation>
    </message>
    <message>
        <source>agreements the party signed</source>
        <translation>其签署的赔偿协议</translation>
    </message>
    <message>
        <source>the party&apos;s share of the liability</source>
        <translation>其责任份额</translation>
    </message>
    <message>
        <source>a consultation failure recorded for the party</source>
        <translation>对其记录的磋商不成情形</translation>
    </message>
    <message>
        <source>a dishonest-debtor listing of the party</source>
        <translation>其被列入失信被执行人名单的记录</translation>
    </message>
    <message>
        <source>A party has either a credit code or an ID number, not both.</source>
        <translation>赔偿义务人只能有统一社会信用代码或身份证号码之一，不能同时填写。</translation>
    </message>
    <message>
        <source>The party cannot be removed: the case file refers to it. Correct it instead.</source>
        <translation>不能删除该赔偿义务人：案卷中有关于其的记录。请改为更正其信息。</translation>
    </message>
    <message>
        <source>%1 cannot be removed: the case file holds %2. Correct the party instead.</source>
        <translation>不能删除%1：案卷中有%2。请改为更正其信息。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A report cannot be made before the clue was received.</source>
        <translation>报送日期不得早于线索受理日期。</translation>
    </message>
    <message>
        <source>The record, its field or the new value cannot be taken.</source>
        <translation>记录、事项或新值无法采用。</translation>
    </message>
    <message>
        <source>Say which record to correct.</source>
        <translation>请说明需更正的记录。</translation>
    </message>
    <message>
        <source>The case has no %1 on record to correct.</source>
        <translation>本案没有可更正的%1记录。</translation>
    </message>
    <message>
        <source>A case has one %1: leave the number empty or give 1.</source>
        <translation>每案只有一条%1记录：序号请留空或填1。</translation>
    </message>
    <message numerus="yes">
        <source>The case has %n record(s) of this kind (%1); give a number from 1 to %n.</source>
        <translation>
            <numerusform>本案有%n条此类记录（%1）；请填写1至%n之间的序号。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; that can be corrected; it can be: %3.</source>
        <translation>%1没有可更正的事项“%2”；可更正的为：%3。</translation>
    </message>
    <message>
        <source>%1 must be yes or no (or a whole number, as the field asks).</source>
        <translation>%1须为“是”或“否”（或按该事项要求填写整数）。</translation>
    </message>
    <message>
        <source>%1 (%2) would be after %3 (%4) of the same record.</source>
        <translation>%1（%2）将晚于同一记录的%3（%4）。</translation>
    </message>
    <message>
        <source>%1 cannot be before the clue was received (%2).</source>
        <translation>%1不得早于线索收到日期（%2）。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The payment is more than what remains due: at most %1 yuan may be paid.</source>
        <translation>缴款金额超过剩余应付金额：最多可缴 %1 元。</translation>
    </message>
    <message>
        <source>A case number of the form YEAR-DISTRICT-SERIAL must name the case&apos;s own district.</source>
        <translation>“年度-区划代码-序号”形式的案件编号，其区划代码应为本案所属区。</translation>
    </message>
    <message>
        <source>The year in the case number cannot be before the year the clue was received, nor after this year.</source>
        <translation>案件编号中的年度不得早于线索接收年度，也不得晚于本年度。</translation>
    </message>
    <message>
        <source>The case cannot be closed before the restoration-effect evaluation.</source>
        <translation>修复效果评估完成前不得结案。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Money</name>
    <message>
        <source>%1: %2</source>
        <comment>field name: message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Enter an amount in yuan, for example 1,234.56.</source>
        <translation>请填写以元为单位的金额，例如1,234.56。</translation>
    </message>
    <message>
        <source>“%1” is not an amount in yuan: write digits with at most two decimals, for example 1,234.56.</source>
        <translation>“%1”不是有效的金额：请填写数字，最多两位小数，例如1,234.56。</translation>
    </message>
    <message>
        <source>“%1”: thousands separators must group three digits, for example 1,234,567.89.</source>
        <translation>“%1”：千位分隔符应每三位一组，例如1,234,567.89。</translation>
    </message>
    <message>
        <source>“%1” has more than two decimals: amounts are kept to the fen (0.01 yuan).</source>
        <translation>“%1”超过两位小数：金额精确到分（0.01元）。</translation>
    </message>
    <message>
        <source>“%1”: amounts cannot be negative.</source>
        <translation>“%1”：金额不能为负数。</translation>
    </message>
    <message>
        <source>“%1” is too large for an amount; the largest is %2 yuan.</source>
        <translation>“%1”超出金额上限，最大为%2元。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::MoveToServer</name>
    <message>
        <source>A move goes from a desk&apos;s SQLite file to the bureau&apos;s PostgreSQL server.</source>
        <translation>迁移只能从办案终端的 SQLite 文件迁往本局 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>The schema versions could not be read.</source>
        <translation>无法读取数据库结构版本。</translation>
    </message>
    <message>
        <source>The desk&apos;s database has schema version %1 and the server&apos;s %2; open both with this program first.</source>
        <translation>终端数据库为第 %1 版结构，服务器为第 %2 版；请先用本程序分别打开两者。</translation>
    </message>
    <message>
        <source>The tables of the two databases could not be read.</source>
        <translation>无法读取两个数据库的数据表。</translation>
    </message>
    <message>
        <source>The server database has no table %1.</source>
        <translation>服务器数据库中没有数据表 %1。</translation>
    </message>
    <message>
        <source>The server database is not empty (table %1 holds %2 rows); nothing was copied. Move a desk only into a new database.</source>
        <translation>服务器数据库不为空（数据表 %1 有 %2 行），未复制任何数据。终端数据库只能迁入新建的数据库。</translation>
    </message>
    <message>
        <source>The desk&apos;s audit chain is broken (%1); it is not moved until that is explained.</source>
        <translation>终端的审计链已断裂（%1），查明原因前不予迁移。</translation>
    </message>
    <message>
        <source>Table %1 could not be compared.</source>
        <translation>无法比对数据表 %1。</translation>
    </message>
    <message>
        <source>Table %1 differs after the move (%2 rows on the desk, %3 on the server).</source>
        <translation>迁移后数据表 %1 不一致（终端 %2 行，服务器 %3 行）。</translation>
    </message>
    <message numerus="yes">
        <source>%n tables and %1 rows copied; every table equal, value for value.</source>
        <translation>
            <numerusform>已复制 %n 张表、%1 行；各表逐值一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain on the server does not match the desk&apos;s: %1</source>
        <translation>服务器上的审计链与终端不一致：%1</translation>
    </message>
    <message>
        <source>Audit chain of %1 entries intact, head %2 as on the desk.</source>
        <translation>审计链共 %1 条记录完整，链首 %2 与终端一致。</translation>
    </message>
    <message>
        <source>The stored files on the server are not whole: %1 missing, %2 altered.</source>
        <translation>服务器上的存储文件不完整：缺失 %1 个，被改动 %2 个。</translation>
    </message>
    <message>
        <source>%1 stored files (%2 bytes) whole on the server.</source>
        <translation>服务器上 %1 个存储文件（%2 字节）完整。</translation>
    </message>
    <message>
        <source>Searching for &quot;%1&quot; finds %2 cases on the desk and %3 on the server.</source>
        <translation>检索“%1”在终端查到 %2 件案件，在服务器查到 %3 件。</translation>
    </message>
    <message numerus="yes">
        <source>%n searches give the same cases on the desk and on the server.</source>
        <translation>
            <numerusform>%n 次检索在单机与服务器上结果相同。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecoclaim::MyWork</name>
    <message>
        <source>Approve or refuse</source>
        <translation>审批（同意或不同意）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>Waiting for my approval</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <source>Papers to serve</source>
        <translation>待送达文书</translation>
    </message>
    <message>
        <source>Replies due</source>
        <translation>待答复事项</translation>
    </message>
    <message>
        <source>%1 asks for approval: %2</source>
        <translation>%1 提请审批：%2</translation>
    </message>
    <message>
        <source>Say why the item is put off.</source>
        <translation>请说明暂缓处理的理由。</translation>
    </message>
    <message>
        <source>An item is put off until a day after today (%1).</source>
        <translation>暂缓日期须晚于今日（%1）。</translation>
    </message>
    <message>
        <source>“%1” is not an item of the day&apos;s work.</source>
        <translation>“%1”不是当日工作事项。</translation>
    </message>
    <message>
        <source>The case is archived: nothing of it is still to do.</source>
        <translation>案件已归档，无待办事项。</translation>
    </message>
    <message>
        <source>You may not change this case.</source>
        <translation>您无权变更本案件。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::OutputFile</name>
    <message>
        <source>No file was named to write to.</source>
        <translation>未指定要写入的文件。</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file in it.</source>
        <translation>%1 是文件夹，请指定其中的文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose another folder or create it first.</source>
        <translation>文件夹 %1 不存在：请选择其他文件夹，或先创建该文件夹。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: the export cannot be put inside it.</source>
        <translation>%1 是文件而不是文件夹，无法导出到其中。</translation>
    </message>
    <message>
        <source>You may not write in the folder %1: choose another folder (for example your documents).</source>
        <translation>您无权写入文件夹 %1：请选择其他文件夹（例如“文档”）。</translation>
    </message>
    <message>
        <source>%1 exists and is read-only: choose another name or make it writable.</source>
        <translation>%1 已存在且为只读：请另取文件名，或将其改为可写。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 free): free some room or choose another disk.</source>
        <translation>%1 所在磁盘已满（剩余 %2）：请清理空间或选择其他磁盘。</translation>
    </message>
    <message>
        <source>The disk holding %1 is read-only: choose another folder.</source>
        <translation>%1 所在磁盘为只读：请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Paper</name>
    <message>
        <source>Clue transfer letter</source>
        <translation>线索移送函</translation>
    </message>
    <message>
        <source>Reply to a report</source>
        <translation>举报答复意见书</translation>
    </message>
    <message>
        <source>Decision not to initiate</source>
        <translation>不启动索赔程序决定书</translation>
    </message>
    <message>
        <source>Decision to terminate</source>
        <translation>终止索赔程序决定书</translation>
    </message>
    <message>
        <source>Case filing approval form</source>
        <translation>立案审批表</translation>
    </message>
    <message>
        <source>Appraisal commission</source>
        <translation>鉴定评估委托书</translation>
    </message>
    <message>
        <source>Consultation notice</source>
        <translation>磋商告知书</translation>
    </message>
    <message>
        <source>Service receipt</source>
        <translation>送达回证</translation>
    </message>
    <message>
        <source>Consultation record</source>
        <translation>磋商会议记录</translation>
    </message>
    <message>
        <source>Compensation agreement</source>
        <translation>赔偿协议</translation>
    </message>
    <message>
        <source>Application for judicial confirmation</source>
        <translation>司法确认申请书</translation>
    </message>
    <message>
        <source>Restoration-effect evaluation opinion</source>
        <translation>修复效果评估意见</translation>
    </message>
    <message>
        <source>Application for enforcement</source>
        <translation>强制执行申请书</translation>
    </message>
    <message>
        <source>Statement of claim</source>
        <translation>民事起诉状</translation>
    </message>
    <message>
        <source>Letter to the procuratorate (public-interest suit)</source>
        <translation>检察公益诉讼衔接函</translation>
    </message>
</context>
<context>
    <name>ecoclaim::PaperRegister</name>
    <message>
        <source>Case %1 is archived: its file is closed and no paper can be added.</source>
        <translation>案件%1已归档，案卷已封闭，不能再添加文书。</translation>
    </message>
    <message>
        <source>There is no paper %1 on file.</source>
        <translation>案卷中没有编号为%1的文书。</translation>
    </message>
    <message>
        <source>Version %1 of %2 was not stored as %3.</source>
        <translation>《%2》第%1版未保存%3格式。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::PaperType</name>
    <message>
        <source>Letter transferring a clue</source>
        <translation>生态环境损害赔偿案件线索移送函</translation>
    </message>
    <message>
        <source>Reply to a report</source>
        <translation>举报答复意见书</translation>
    </message>
    <message>
        <source>Decision not to initiate the claim procedure</source>
        <translation>不启动生态环境损害索赔程序决定书</translation>
    </message>
    <message>
        <source>Decision to terminate the claim procedure</source>
        <translation>终止生态环境损害索赔程序决定书</translation>
    </message>
    <message>
        <source>Case filing approval form</source>
        <translation>生态环境损害赔偿案件立案审批表</translation>
    </message>
    <message>
        <source>Appraisal commission letter</source>
        <translation>生态环境损害鉴定评估委托书</translation>
    </message>
    <message>
        <source>Consultation notice</source>
        <translation>生态环境损害赔偿磋商告知书</translation>
    </message>
    <message>
        <source>Service receipt</source>
        <translation>送达回证</translation>
    </message>
    <message>
        <source>Record of a consultation meeting</source>
        <translation>生态环境损害赔偿磋商会议记录</translation>
    </message>
    <message>
        <source>Compensation agreement</source>
        <translation>生态环境损害赔偿协议</translation>
    </message>
    <message>
        <source>Application for judicial confirmation of the agreement</source>
        <translation>生态环境损害赔偿协议司法确认申请书</translation>
    </message>
    <message>
        <source>Application for enforcement</source>
        <translation>强制执行申请书</translation>
    </message>
    <message>
        <source>Statement of claim</source>
        <translation>民事起诉状</translation>
    </message>
    <message>
        <source>Letter to the procuratorate on public-interest litigation</source>
        <translation>生态环境损害赔偿与检察公益诉讼衔接函</translation>
    </message>
    <message>
        <source>Restoration-effect evaluation opinion</source>
        <translation>生态环境修复效果评估意见</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Papers</name>
    <message>
        <source>The ODT file could not be written.</source>
        <translation>无法写入ODT文件。</translation>
    </message>
    <message>
        <source>The paper could not be painted (the output could not be opened).</source>
        <translation>无法排版输出文书（无法打开输出设备）。</translation>
    </message>
    <message>
        <source>The paper could not be painted (no new page).</source>
        <translation>无法排版输出文书（无法新建页面）。</translation>
    </message>
    <message>
        <source>The paper could not be finished.</source>
        <translation>无法完成文书输出。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paper EcoClaim knows (see: ecoclaim-cli document types).</source>
        <translation>“%1”不是本系统的文书种类（见 ecoclaim-cli document types）。</translation>
    </message>
    <message>
        <source>%1 cannot be generated: %2 is missing (or generate a marked draft).</source>
        <translation>无法生成《%1》：缺少%2（或生成标注“草稿”的文书）。</translation>
    </message>
    <message>
        <source>The template %1 cannot be read.</source>
        <translation>无法读取文书模板%1。</translation>
    </message>
    <message>
        <source>The template %1 is not valid Mustache: %2</source>
        <translation>文书模板%1不是有效的Mustache模板：%2</translation>
    </message>
    <message>
        <source>The template %1 could not be filled: %2</source>
        <translation>文书模板%1无法填充：%2</translation>
    </message>
    <message>
        <source>%1 cannot be dated so: %2.</source>
        <translation>《%1》的日期有误：%2。</translation>
    </message>
    <message>
        <source>The case has no liable party to address the paper to.</source>
        <translation>本案尚无可送达文书的赔偿义务人。</translation>
    </message>
    <message>
        <source>No paper was filed.</source>
        <translation>未归入任何文书。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::PaymentSchedule</name>
    <message>
        <source>Instalment %1</source>
        <translation>第%1期</translation>
    </message>
    <message>
        <source>Instalment %1 of agreement %2</source>
        <translation>第%2份协议第%1期</translation>
    </message>
    <message>
        <source>Agreement %1, due %2</source>
        <translation>第%1份协议（%2前履行）</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>第%1份协议</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>判决</translation>
    </message>
    <message>
        <source>Judgment %1</source>
        <translation>判决%1</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Pdf</name>
    <message>
        <source>it does not start with a PDF header</source>
        <translation>文件开头不是PDF文件头</translation>
    </message>
    <message>
        <source>it has no end-of-file marker (truncated?)</source>
        <translation>没有文件结束标记（被截断？）</translation>
    </message>
    <message>
        <source>it has no cross-reference pointer</source>
        <translation>没有交叉引用表指针</translation>
    </message>
    <message>
        <source>no page could be found in it</source>
        <translation>找不到任何页面</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Reports</name>
    <message>
        <source>Deadlines due as of %1</source>
        <translation>截至%1的到期事项</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部承办单位</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>承办单位：%1</translation>
    </message>
    <message numerus="yes">
        <source>due within %n day(s)</source>
        <translation>
            <numerusform>%n天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>each kind with its own warning days</source>
        <translation>按各类期限的提醒天数</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共%n项</numerusform>
        </translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据与说明</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Deadlines entered or changed on %1</source>
        <translation>%1新增或变更的期限</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation>原到期日</translation>
    </message>
    <message>
        <source>Now due</source>
        <translation>现到期日</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新增）</translation>
    </message>
    <message>
        <source>(done or removed)</source>
        <translation>（已完成或已撤销）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Deadlines due</source>
        <translation>到期事项清单</translation>
    </message>
    <message>
        <source>Deadlines entered or changed</source>
        <translation>期限变更清单</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>无法写入PDF文件%1。</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be finished.</source>
        <translation>无法完成PDF文件%1。</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Why major</source>
        <translation>重大案件情形</translation>
    </message>
    <message>
        <source>Reported upward</source>
        <translation>上报情况</translation>
    </message>
    <message>
        <source>Open instructions</source>
        <translation>未完成的指示</translation>
    </message>
    <message>
        <source>Next timetable step</source>
        <translation>下一时间表步骤</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>Clues received, by channel and outcome</source>
        <translation>线索接收及处理情况（按来源和处理结果）</translation>
    </message>
    <message>
        <source>Art. 12, 13, 14, 36</source>
        <translation>第十二条、第十三条、第十四条、第三十六条</translation>
    </message>
    <message>
        <source>Clues received in the period; outcome as it stands at the period&apos;s end.</source>
        <translation>统计期间内接收的线索；处理结果以期末状态为准。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Checked within 30 days</source>
        <translation>30日内完成核查</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>移送</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>No damage</source>
        <translation>未造成损害</translation>
    </message>
    <message>
        <source>Not initiated</source>
        <translation>不启动索赔</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Clues not initiated, by ground</source>
        <translation>不启动索赔线索（按情形）</translation>
    </message>
    <message>
        <source>Art. 14</source>
        <translation>第十四条</translation>
    </message>
    <message>
        <source>Clues received in the period and not initiated by the period&apos;s end.</source>
        <translation>统计期间内接收、至期末决定不启动索赔的线索。</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Cases started and ended</source>
        <translation>案件启动及办结情况</translation>
    </message>
    <message>
        <source>Art. 13, 14, 42</source>
        <translation>第十三条、第十四条、第四十二条</translation>
    </message>
    <message>
        <source>Started: filed (立案) in the period; the others by the date of their decision.</source>
        <translation>启动以统计期间内立案为准；其余以相应决定日期为准。</translation>
    </message>
    <message>
        <source>Started (filed)</source>
        <translation>启动（立案）</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>终止索赔</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Cases by stage at the period&apos;s end</source>
        <translation>期末各办理阶段案件数</translation>
    </message>
    <message>
        <source>Art. 36, 39</source>
        <translation>第三十六条、第三十九条</translation>
    </message>
    <message>
        <source>Every clue received by the period&apos;s end, in the stage its last event on or before that day left it.</source>
        <translation>截至期末接收的全部线索，按期末当日及之前最后一次办理事项所处阶段统计。</translation>
    </message>
    <message>
        <source>Of which major</source>
        <translation>其中重大案件</translation>
    </message>
    <message>
        <source>Cases started, by class</source>
        <translation>启动案件分类情况</translation>
    </message>
    <message>
        <source>Art. 39; 环法规〔2025〕6号</source>
        <translation>第三十九条；环法规〔2025〕6号</translation>
    </message>
    <message>
        <source>Major: marked major (Art. 39); simple: the current claim at most 300,000 yuan; general: the rest.</source>
        <translation>重大：已标记为重大案件（第三十九条）；简单：现索赔金额不超过30万元；一般：其余案件。</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>简单</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Consultation, agreements and judicial confirmation</source>
        <translation>磋商、赔偿协议及司法确认情况</translation>
    </message>
    <message>
        <source>Art. 18–24</source>
        <translation>第十八条至第二十四条</translation>
    </message>
    <message>
        <source>Each by its own date in the period; days and rounds are averages over the agreements signed in the period.</source>
        <translation>各项以其发生日期计入统计期间；天数和轮次为统计期间内签订协议案件的平均值。</translation>
    </message>
    <message>
        <source>Consultation notices served</source>
        <translation>送达磋商告知书</translation>
    </message>
    <message>
        <source>Cases whose consultation began</source>
        <translation>启动磋商案件</translation>
    </message>
    <message>
        <source>Consultation rounds held</source>
        <translation>开展磋商轮次</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>签订赔偿协议</translation>
    </message>
    <message>
        <source>Suits after failed consultation (Art. 25 ¶1)</source>
        <translation>磋商不成提起诉讼（第二十五条第一款）</translation>
    </message>
    <message>
        <source>Judicial confirmations applied for</source>
        <translation>申请司法确认</translation>
    </message>
    <message>
        <source>Judicial confirmations granted</source>
        <translation>司法确认有效</translation>
    </message>
    <message>
        <source>Judicial confirmations refused</source>
        <translation>司法确认驳回</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Days from first notice to agreement (average)</source>
        <translation>自首次送达告知书至签订协议天数（平均）</translation>
    </message>
    <message>
        <source>Rounds per agreement (average)</source>
        <translation>每件协议磋商轮次（平均）</translation>
    </message>
    <message>
        <source>Suits, by trigger</source>
        <translation>提起诉讼情况（按起诉情形）</translation>
    </message>
    <message>
        <source>Art. 25</source>
        <translation>第二十五条</translation>
    </message>
    <message>
        <source>Filed and judged by their dates in the period; the award of the suits judged.</source>
        <translation>起诉、判决以其日期计入统计期间；判决金额为期间内已判决案件金额。</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>已判决</translation>
    </message>
    <message>
        <source>Awarded (yuan)</source>
        <translation>判决金额（元）</translation>
    </message>
    <message>
        <source>The period must run from a real date to a later or equal one.</source>
        <translation>统计期间的起止日期须为有效日期，且截止日期不得早于起始日期。</translation>
    </message>
    <message>
        <source>%1 is not a year a report can cover.</source>
        <translation>%1 不是可以统计的年度。</translation>
    </message>
    <message>
        <source>Punitive damages (Art. 26)</source>
        <translation>惩罚性赔偿（第二十六条）</translation>
    </message>
    <message>
        <source>Amounts by category</source>
        <translation>赔偿金额构成（按第五条范围）</translation>
    </message>
    <message>
        <source>Art. 5, 26</source>
        <translation>第五条、第二十六条</translation>
    </message>
    <message>
        <source>Appraised: appraisals completed in the period; agreed: agreements signed in the period.</source>
        <translation>鉴定评估金额：期间内完成的鉴定评估；协议金额：期间内签订的赔偿协议。</translation>
    </message>
    <message>
        <source>Appraised (yuan)</source>
        <translation>鉴定评估金额（元）</translation>
    </message>
    <message>
        <source>Agreed (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <source>Compensation agreed, awarded and paid</source>
        <translation>赔偿金额约定、判决及到位情况</translation>
    </message>
    <message>
        <source>Art. 8, 24, 25</source>
        <translation>第八条、第二十四条、第二十五条</translation>
    </message>
    <message>
        <source>Agreements signed, judgments given and payments received in the period.</source>
        <translation>期间内签订的协议、作出的判决和到位的赔偿金。</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>协议约定</translation>
    </message>
    <message>
        <source>Awarded by judgment</source>
        <translation>判决确定</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>已到位</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Restoration, by who carries it out</source>
        <translation>生态环境修复情况（按修复实施主体）</translation>
    </message>
    <message>
        <source>Art. 7, 27, 28</source>
        <translation>第七条、第二十七条、第二十八条</translation>
    </message>
    <message>
        <source>Started and completed by their dates in the period.</source>
        <translation>开工、完工以其日期计入统计期间。</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Of which pre-emptive</source>
        <translation>其中先行修复</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Restoration plans, by environmental element</source>
        <translation>修复方案情况（按环境要素）</translation>
    </message>
    <message>
        <source>Art. 27</source>
        <translation>第二十七条</translation>
    </message>
    <message>
        <source>Plans drafted in the period, by the elements they name.</source>
        <translation>期间内编制的修复方案，按方案载明的环境要素统计。</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Of which alternative restoration</source>
        <translation>其中替代性修复</translation>
    </message>
    <message>
        <source>Effect evaluations, by method</source>
        <translation>修复效果评估情况（按评估方式）</translation>
    </message>
    <message>
        <source>Art. 29</source>
        <translation>第二十九条</translation>
    </message>
    <message>
        <source>Evaluations made in the period.</source>
        <translation>期间内开展的修复效果评估。</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>委托机构评估</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家评估</translation>
    </message>
    <message>
        <source>Comprehensive finding</source>
        <translation>综合认定</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Open deadlines due by the period&apos;s end</source>
        <translation>期末前届满的未办结期限</translation>
    </message>
    <message>
        <source>Art. 13, 19, 22, 27, 36</source>
        <translation>第十三条、第十九条、第二十二条、第二十七条、第三十六条</translation>
    </message>
    <message>
        <source>Deadlines still open when the report is made whose day fell on or before the period&apos;s end: missed unless a suspension stands.</source>
        <translation>制作报告时仍未办结、且届满日不晚于期末的期限；除依法中止外，均属逾期。</translation>
    </message>
    <message>
        <source>Open and due</source>
        <translation>未办结且已届满</translation>
    </message>
    <message>
        <source>Linked proceedings</source>
        <translation>衔接办理情况</translation>
    </message>
    <message>
        <source>Art. 31–33</source>
        <translation>第三十一条至第三十三条</translation>
    </message>
    <message>
        <source>Proceedings linked to a case and started in the period.</source>
        <translation>期间内与案件衔接的行政处罚、刑事、公益诉讼等程序。</translation>
    </message>
    <message>
        <source>Coverage by district</source>
        <translation>各区案件覆盖情况</translation>
    </message>
    <message>
        <source>Art. 6, 36</source>
        <translation>第六条、第三十六条</translation>
    </message>
    <message>
        <source>Clues received and cases filed in the period, per district.</source>
        <translation>各区统计期间内接收线索及立案情况。</translation>
    </message>
    <message>
        <source>Clues received</source>
        <translation>接收线索</translation>
    </message>
    <message>
        <source>Cases filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Liable parties</source>
        <translation>赔偿义务人</translation>
    </message>
    <message>
        <source>Claimed (yuan)</source>
        <translation>索赔金额（元）</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Calendar note</source>
        <translation>日历提示</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Give the district either with --district or in the unit, not both.</source>
        <translation>区只能通过 --district 或在单位中指定其一，不能同时指定。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Shanghai district (a code such as 310115 or a name).</source>
        <translation>“%1”不是上海市的区（请填写区划代码如 310115 或区名）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handling department (Art. 9).</source>
        <translation>“%1”不是案件承办部门（第九条）。</translation>
    </message>
    <message>
        <source>%1: report on the ecological damage compensation work of %2</source>
        <extracomment>Put a newline where the printed title breaks when it is too long for one line at 22 pt (GB/T 9704 7.3.2).</extracomment>
        <translation>%1%2年度
生态环境损害赔偿工作情况报告</translation>
    </message>
    <message>
        <source>%1: clue screening results, %2 to %3</source>
        <extracomment>Put a newline where the printed title breaks when it is too long for one line at 22 pt (GB/T 9704 7.3.2).</extracomment>
        <translation>%1生态环境损害赔偿案件线索筛查结果（%2至%3）</translation>
    </message>
    <message>
        <source>(Period: %1 to %2)</source>
        <translation>（统计期间：%1至%2）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Appendix: the cases behind each figure</source>
        <translation>附：各项数据对应案件清单</translation>
    </message>
    <message>
        <source>Cases behind the figures</source>
        <translation>数据对应案件</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Name an XLSX or a CSV file to write.</source>
        <translation>请指定要写入的 XLSX 或 CSV 文件。</translation>
    </message>
    <message>
        <source>instruction of %1: %2</source>
        <translation>%1督办要求：%2</translation>
    </message>
    <message>
        <source> (suspended)</source>
        <translation>（中止）</translation>
    </message>
    <message>
        <source>%1: supervision ledger of major cases</source>
        <translation>%1重大案件督办台账</translation>
    </message>
    <message>
        <source>Every case marked major (Art. 39): its timetable (steps, the supervisor&apos;s open instructions, open deadlines), its latest progress and the reports made upward.</source>
        <translation>列入本台账的为全部重大案件（第三十九条），载明其时间表（办理节点、未办结的督办要求、未届满期限）、最新进展及向上级报送情况。</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>时间表</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>已到位金额（元）</translation>
    </message>
    <message>
        <source>Reports upward</source>
        <translation>上报次数</translation>
    </message>
    <message>
        <source>Latest progress on</source>
        <translation>最新进展日期</translation>
    </message>
    <message>
        <source>Major cases</source>
        <translation>重大案件</translation>
    </message>
    <message>
        <source>XLSX files cannot be written: libxlsxwriter (Debian libxlsxwriter-dev) is missing or unusable (%1).</source>
        <translation>无法写入 XLSX 文件：libxlsxwriter（Debian 软件包 libxlsxwriter-dev）缺失或不可用（%1）。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>无法写入 %1：文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot;.</source>
        <translation>无法添加工作表“%1”。</translation>
    </message>
    <message>
        <source>No sheet to write to.</source>
        <translation>没有可写入的工作表。</translation>
    </message>
    <message>
        <source>A sheet holds at most %1 rows.</source>
        <translation>一个工作表最多容纳 %1 行。</translation>
    </message>
    <message>
        <source>Cannot write a cell of %1: %2</source>
        <translation>无法写入 %1 的单元格：%2</translation>
    </message>
    <message>
        <source>The workbook was not opened.</source>
        <translation>工作簿未打开。</translation>
    </message>
    <message>
        <source>The list could not be printed.</source>
        <translation>未能打印清单。</translation>
    </message>
    <message>
        <source>Clues received, by channel</source>
        <translation>各来源接收线索数</translation>
    </message>
    <message>
        <source>Number of clues</source>
        <translation>线索数（条）</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>案件数（件）</translation>
    </message>
    <message>
        <source>Amounts appraised and agreed, by category (Art. 5)</source>
        <translation>各类赔偿金额：鉴定评估与协议约定（第五条）</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation>鉴定评估</translation>
    </message>
    <message>
        <source>Figure %1  %2</source>
        <translation>图%1&#x3000;%2</translation>
    </message>
    <message>
        <source>None in the period</source>
        <translation>统计期间内无数据</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ReportsMenu</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>已保存 %1 和 %2。</translation>
    </message>
    <message>
        <source>Supervision ledger of major cases (Art. 39)</source>
        <translation>重大案件督办台账（第三十九条）</translation>
    </message>
    <message>
        <source>major-case-ledger-%1.pdf</source>
        <translation>重大案件督办台账-%1.pdf</translation>
    </message>
    <message>
        <source>Disclosure text (Art. 35)</source>
        <translation>信息公开文本（第三十五条）</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>案件编号：</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Annual report…</source>
        <translation>年度工作情况报告(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Supervision ledger of major cases…</source>
        <translation>重大案件督办台账(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Disclosure text of a case…</source>
        <translation>案件信息公开文本(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Clue screening results…</source>
        <translation>线索筛查结果(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Script</name>
    <message>
        <source>line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at character %2).</source>
        <translation>不是JSON对象（%1，位于第%2个字符）。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Settings</name>
    <message>
        <source>&quot;%1&quot; is not an issuing unit: write DISTRICT_CODE/DEPARTMENT, such as 310115/district_ecology.</source>
        <translation>“%1”不是发文单位，请按“区划代码/部门代码”填写，如 310115/district_ecology。</translation>
    </message>
    <message>
        <source>How &quot;served 5 working days before the meeting&quot; is read (Art. 19)</source>
        <translation>“提前五个工作日送达”的理解（第十九条）</translation>
    </message>
    <message>
        <source>Warn days before: %1</source>
        <translation>提前提醒天数：%1</translation>
    </message>
    <message>
        <source>Unit name (signature of its papers)</source>
        <translation>单位名称（文书落款）</translation>
    </message>
    <message>
        <source>Prefix of its paper numbers</source>
        <translation>文书编号前缀</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bureau setting; the settings are: %2</source>
        <translation>“%1”不是本局设置项；设置项有：%2</translation>
    </message>
    <message>
        <source>%1 is set per issuing unit: say which (--unit DISTRICT_CODE/DEPARTMENT).</source>
        <translation>%1 按发文单位设置，请指明单位（--unit 区划代码/部门代码）。</translation>
    </message>
    <message>
        <source>%1 is the same for the whole bureau: it takes no unit.</source>
        <translation>%1 全局统一，不按单位设置。</translation>
    </message>
    <message>
        <source>%1 is one of: %2 (not &quot;%3&quot;).</source>
        <translation>%1 应为以下之一：%2（不能为“%3”）。</translation>
    </message>
    <message>
        <source>%1 is a whole number of days from %2 to %3 (not &quot;%4&quot;).</source>
        <translation>%1 应为 %2 至 %3 之间的整数天数（不能为“%4”）。</translation>
    </message>
    <message>
        <source>%1 is at most 200 characters long.</source>
        <translation>%1 最多 200 个字符。</translation>
    </message>
    <message>
        <source>%1 is one line of text.</source>
        <translation>%1 只能为一行文字。</translation>
    </message>
    <message>
        <source>%1 is given twice; give each setting once.</source>
        <translation>%1 重复给出，每项设置只能给出一次。</translation>
    </message>
    <message>
        <source>Taken over once from this desk&apos;s own settings, when this database was first opened by a version that keeps these settings in the database for every desk.</source>
        <translation>本数据库首次由将设置统一保存在数据库中的版本打开时，自本终端原有设置一次性沿用。</translation>
    </message>
    <message>
        <source>Days to sue once consultation failed (Art. 25 ¶1)</source>
        <translation>磋商未达成一致后提起诉讼的期限（天，第二十五条第一款）</translation>
    </message>
    <message>
        <source>Simple case: damage under (yuan; Art. 16 ¶2, 21 ¶3, 29 ¶2)</source>
        <translation>简易案件损害金额标准（元，低于此数；第十六条第二款、第二十一条第三款、第二十九条第二款）</translation>
    </message>
    <message>
        <source>Days to answer a reporter (Art. 13 ¶3)</source>
        <translation>答复举报人的期限（天，第十三条第三款）</translation>
    </message>
    <message>
        <source>%1 is an amount in yuan above zero, such as 300000 or 500000.00 (not &quot;%2&quot;).</source>
        <translation>%1 应为大于零的金额（元），如 300000 或 500000.00（不能为“%2”）。</translation>
    </message>
    <message>
        <source>Only an administrator may change the bureau&apos;s settings.</source>
        <translation>只有管理员可以变更本局设置。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Signing</name>
    <message>
        <source>manifest.sig is not a signature EcoClaim can read.</source>
        <translation>manifest.sig 不是 EcoClaim 可识别的签名。</translation>
    </message>
    <message>
        <source>the signature is not SM2 with SM3 (%1).</source>
        <translation>签名算法不是 SM2 与 SM3（%1）。</translation>
    </message>
    <message>
        <source>the signature value is missing or not base64.</source>
        <translation>签名值缺失或者不是 base64 编码。</translation>
    </message>
    <message>
        <source>the manifest names another signing key than the one that signed it.</source>
        <translation>清单中注明的签名密钥与实际签名所用的密钥不一致。</translation>
    </message>
    <message>
        <source>the public key in manifest.sig is not the key it names.</source>
        <translation>manifest.sig 中的公钥与其注明的密钥不一致。</translation>
    </message>
    <message>
        <source>the signature does not match manifest.json: the manifest was changed after it was signed.</source>
        <translation>签名与 manifest.json 不匹配：清单在签名后被修改。</translation>
    </message>
    <message>
        <source>Signed by %1 (key %2, a trusted key), %3.</source>
        <translation>由 %1 签名（密钥 %2，受信任的密钥），%3。</translation>
    </message>
    <message>
        <source>Signed by a key this database does not trust: %1, which names itself &quot;%2&quot;. Trust it (ecoclaim-cli key trust) after comparing its fingerprint with the one that unit published, or accept it for one import (archive import --accept-key %3).</source>
        <translation>签名所用密钥不受本数据库信任：%1，其自称“%2”。请将其指纹与该单位公布的指纹比对后信任该密钥（ecoclaim-cli key trust），或者仅在本次导入时接受该密钥（archive import --accept-key %3）。</translation>
    </message>
    <message>
        <source>The signature is not valid: %1</source>
        <translation>签名无效：%1</translation>
    </message>
    <message>
        <source>The archive is not signed (no manifest.sig): where it comes from cannot be established.</source>
        <translation>档案未签名（无 manifest.sig）：无法确认其来源。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>An SM2 key could not be generated: %1</source>
        <translation>无法生成 SM2 密钥：%1</translation>
    </message>
    <message>
        <source>The signing key is protected by a passphrase; give it.</source>
        <translation>签名密钥受口令保护；请输入口令。</translation>
    </message>
    <message>
        <source>The passphrase of the signing key is wrong.</source>
        <translation>签名密钥的口令错误。</translation>
    </message>
    <message>
        <source>The signing key file cannot be read: %1</source>
        <translation>无法读取签名密钥文件：%1</translation>
    </message>
    <message>
        <source>The signing key is not an SM2 key.</source>
        <translation>签名密钥不是 SM2 密钥。</translation>
    </message>
    <message>
        <source>The signing key could not be written: %1</source>
        <translation>无法写入签名密钥：%1</translation>
    </message>
    <message>
        <source>The manifest could not be signed: %1</source>
        <translation>无法对清单签名：%1</translation>
    </message>
    <message>
        <source>Say whose key it is: the unit&apos;s name, as its papers print it.</source>
        <translation>请注明密钥持有者：填写单位名称，与其公文所印名称一致。</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>The key folder %1 cannot be created.</source>
        <translation>无法创建密钥文件夹 %1。</translation>
    </message>
    <message>
        <source>The private key cannot be written to %1: %2</source>
        <translation>无法将私钥写入 %1：%2</translation>
    </message>
    <message>
        <source>This is not an SM2 public key (PEM).</source>
        <translation>这不是 SM2 公钥（PEM 格式）。</translation>
    </message>
    <message>
        <source>Give the key&apos;s fingerprint as its unit published it: 64 hexadecimal digits.</source>
        <translation>请填写该单位公布的密钥指纹：64 位十六进制数字。</translation>
    </message>
    <message>
        <source>The key&apos;s fingerprint is %1, not the %2 given: it is not the key that unit published; nothing was trusted.</source>
        <translation>该密钥的指纹为 %1，而非所填的 %2：它不是该单位公布的密钥；未信任任何密钥。</translation>
    </message>
    <message>
        <source>The key %1 (%2) is trusted already.</source>
        <translation>密钥 %1（%2）已受信任。</translation>
    </message>
    <message>
        <source>This unit has no signing key yet, and an archive must be signed. An administrator creates it: ecoclaim-cli key create --holder &quot;UNIT NAME&quot; (or File ▸ Signing key… in the window).</source>
        <translation>本单位尚无签名密钥，而档案必须签名。请由管理员创建：ecoclaim-cli key create --holder &quot;单位名称&quot;（或者在窗口中选择“文件 ▸ 签名密钥…”）。</translation>
    </message>
    <message>
        <source>The private half of the unit&apos;s signing key (%1) is not in %2: this computer cannot sign for the unit.</source>
        <translation>本单位签名密钥（%1）的私钥不在 %2 中：本计算机无法代表本单位签名。</translation>
    </message>
    <message>
        <source>The private key file %1 may be read by others than its owner; it is not used. Make it readable by its owner only (chmod 600).</source>
        <translation>私钥文件 %1 可被所有者以外的人读取，因此未予使用。请将其设为仅所有者可读（chmod 600）。</translation>
    </message>
    <message>
        <source>The private key file %1 cannot be read: %2</source>
        <translation>无法读取私钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 holds another key than the unit&apos;s recorded signing key.</source>
        <translation>文件 %1 中的密钥不是本单位已登记的签名密钥。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Stage</name>
    <message>
        <source>Clue</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Preliminary verification</source>
        <translation>初步核查</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已移送</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>No damage found</source>
        <translation>未造成损害</translation>
    </message>
    <message>
        <source>Not initiated</source>
        <translation>不启动索赔</translation>
    </message>
    <message>
        <source>Filed · investigation</source>
        <translation>立案·损害调查</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>磋商</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>赔偿协议</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>诉讼</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>生态修复</translation>
    </message>
    <message>
        <source>Effect evaluation</source>
        <translation>修复效果评估</translation>
    </message>
    <message>
        <source>Claim terminated</source>
        <translation>终止索赔</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Statistics</name>
    <message>
        <source>Punitive damages (Art. 26)</source>
        <translation>惩罚性赔偿（第二十六条）</translation>
    </message>
    <message>
        <source>Paid, not assigned to a category</source>
        <translation>已缴纳、未分列类别</translation>
    </message>
    <message>
        <source>Cases by district and stage</source>
        <translation>各区案件及所处阶段</translation>
    </message>
    <message>
        <source>Cases whose clue was received in the period, in the stage they are in now.</source>
        <translation>期间内收到线索的案件，按其当前所处阶段统计。</translation>
    </message>
    <message>
        <source>Clues by channel</source>
        <translation>线索来源渠道</translation>
    </message>
    <message>
        <source>Clues received in the period; filed: a case was opened (立案) on it.</source>
        <translation>期间内收到的线索；立案：该线索已立案。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Amounts by category (Art. 5)</source>
        <translation>赔偿金额分类（第五条）</translation>
    </message>
    <message>
        <source>Of the cases received in the period: claimed = completed appraisals (punitive damages: as claimed in suits), agreed = agreements, paid = payments received.</source>
        <translation>期间内收到线索的案件：索赔额为已完成的鉴定评估结论（惩罚性赔偿为诉讼请求数额），协议额为赔偿协议约定数额，已缴纳为实际缴纳数额。</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>索赔</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>协议约定</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴纳</translation>
    </message>
    <message>
        <source>New and closed cases by month</source>
        <translation>每月新增与结案</translation>
    </message>
    <message>
        <source>New: clues received; filed: cases opened (立案); closed: closing decisions (结案), each in its month.</source>
        <translation>新增：收到线索；立案：立案数；结案：结案决定数，各按发生月份统计。</translation>
    </message>
    <message>
        <source>New clues</source>
        <translation>新增线索</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Deadlines kept and missed</source>
        <translation>期限遵守情况</translation>
    </message>
    <message>
        <source>Kept / late: deadlines that ended in the period (the step was taken, or the case moved on) on or before / after their due day, by the day of the step that ended them; overdue: open deadlines past their due day today. The register has this history only for deadlines that ended through the program&apos;s commands.</source>
        <translation>按期／逾期办结：期间内结束的期限（已完成相应环节，或案件已进入其他阶段），以结束该期限的环节发生日期与期限届满日比较；逾期未办：截至今日已过届满日、仍未结束的期限。仅对通过本系统命令结束的期限留有此记录。</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>按期办结</translation>
    </message>
    <message>
        <source>Ended late</source>
        <translation>逾期办结</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>逾期未办</translation>
    </message>
    <message>
        <source>There is no chart &quot;%1&quot;; the charts are: %2.</source>
        <translation>没有图表“%1”；可用的图表为：%2。</translation>
    </message>
    <message>
        <source>A period needs both its first and its last day.</source>
        <translation>统计期间须同时给出起止日期。</translation>
    </message>
    <message>
        <source>The period must run from a real date to a later or equal one.</source>
        <translation>统计期间须从一个有效日期起，至不早于该日期的日期止。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Storage</name>
    <message>
        <source>There is no case &quot;%1&quot;.</source>
        <translation>没有案件“%1”。</translation>
    </message>
    <message>
        <source>find the row to update</source>
        <translation>找到要更新的记录</translation>
    </message>
    <message>
        <source>The database could not %1: %2</source>
        <translation>数据库无法%1：%2</translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation>准备SQL语句</translation>
    </message>
    <message>
        <source>run a statement</source>
        <translation>执行SQL语句</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>无法打开数据库%1：%2</translation>
    </message>
    <message>
        <source>%1 is not an EcoClaim database (or it is damaged): %2</source>
        <translation>%1不是EcoClaim数据库（或已损坏）：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of EcoClaim&apos;s; it was not changed.</source>
        <translation>%1是SQLite数据库，但不是EcoClaim的数据库；未作任何更改。</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file.</source>
        <translation>%1 已存在；备份从不覆盖已有文件。</translation>
    </message>
    <message>
        <source>The backup %1 failed its check and was removed: %2</source>
        <translation>备份 %1 未通过检查，已删除：%2</translation>
    </message>
    <message>
        <source>the copy holds schema %1 and %2 cases, the database schema %3 and %4 cases</source>
        <translation>副本为第 %1 版结构、%2 个案件，数据库为第 %3 版结构、%4 个案件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server database address: write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>“%1”不是服务器数据库地址，请写作postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>This computer has no PostgreSQL driver for Qt (Debian package libqt6sql6-psql).</source>
        <translation>本机缺少Qt的PostgreSQL驱动（Debian软件包libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The server database %1 could not be opened: %2</source>
        <translation>无法打开服务器数据库%1：%2</translation>
    </message>
    <message>
        <source>The server database %1 has the encoding %2 and the character locale %3; EcoClaim needs UTF8 and a UTF-8 locale (create it with ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos;), or searching Chinese text cannot use its index. It was not changed.</source>
        <translation>服务器数据库%1的编码为%2、字符区域设置为%3；EcoClaim需要UTF8编码和UTF-8区域设置（以ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos;创建），否则中文检索无法使用索引。数据库未作改动。</translation>
    </message>
    <message>
        <source>The server database %1 holds tables that are not EcoClaim&apos;s; it was not changed.</source>
        <translation>服务器数据库%1含有非EcoClaim的数据表，未作改动。</translation>
    </message>
    <message>
        <source>find the key of table %1</source>
        <translation>查找数据表%1的主键</translation>
    </message>
    <message>
        <source>read the id of a new row</source>
        <translation>读取新记录的编号</translation>
    </message>
    <message>
        <source>The folder %1 is not writable: no database can be created there.</source>
        <translation>文件夹 %1 不可写入：无法在此创建数据库。</translation>
    </message>
    <message>
        <source>read every row (the read stopped early)</source>
        <translation>读取全部行（读取提前中止）</translation>
    </message>
    <message>
        <source>find the row to remove</source>
        <translation>查找要删除的记录</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not an EcoClaim database; it was not changed. An empty file holds no cases — usually a first start was stopped while the database was being created. To start over, create the database in it: ecoclaim-cli --db %1 init (or start the window on it, which offers to), or delete the file.</source>
        <translation>%1 是空文件（0字节），不是本系统的数据库；未作任何改动。空文件中没有任何案件，通常是首次启动时在创建数据库过程中被中断所致。如需重新开始，请在该文件中新建数据库：ecoclaim-cli --db %1 init（或以该文件启动窗口程序，程序会提示新建），也可删除该文件。</translation>
    </message>
    <message>
        <source>There is no import batch %1.</source>
        <translation>没有导入批次 %1。</translation>
    </message>
    <message>
        <source>The import batch %1 could not be marked undone (undone already, or not yours).</source>
        <translation>无法将导入批次 %1 标记为已撤销（已撤销，或不属于您）。</translation>
    </message>
    <message>
        <source>the case no longer exists</source>
        <translation>该案件已不存在</translation>
    </message>
    <message>
        <source>it has been worked on since the import (%1 on its timeline)</source>
        <translation>导入后已办理过（时间线上有 %1）</translation>
    </message>
    <message>
        <source>its audit trail holds %1 entries, not only its registration</source>
        <translation>其审计记录有 %1 条，不仅是登记记录</translation>
    </message>
    <message>
        <source>it has records in %1 since the import</source>
        <translation>导入后在 %1 中有记录</translation>
    </message>
    <message>
        <source>The case could not be removed: on a server only the database&apos;s owner removes cases.</source>
        <translation>无法删除案件：在服务器上只有数据库所有者可以删除案件。</translation>
    </message>
    <message>
        <source>Another desk is changing this case right now; nothing was changed here. Try again in a moment — the case will then be read as the other desk left it.</source>
        <translation>另一终端正在修改此案件，本次未作任何修改。请稍后重试——届时将按另一终端修改后的案件读取。</translation>
    </message>
    <message>
        <source>lock the case</source>
        <translation>锁定案件</translation>
    </message>
    <message>
        <source>There is no database at %1; nothing was created. Check the path, or create a new database with: ecoclaim-cli --db %1 init</source>
        <translation>%1 处没有数据库；未创建任何内容。请检查路径，或用以下命令新建数据库：ecoclaim-cli --db %1 init</translation>
    </message>
    <message>
        <source>The folder %1 is not writable: EcoClaim keeps the database&apos;s journal (%2-wal) beside it and cannot open the database there. Copy the file to a folder you may write, or ask for write access.</source>
        <translation>文件夹 %1 不可写：EcoClaim 须在数据库旁保存其日志文件（%2-wal），无法在此打开数据库。请将文件复制到有写入权限的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only: EcoClaim cannot open it.</source>
        <translation>数据库文件 %1 为只读：EcoClaim 无法打开。</translation>
    </message>
    <message>
        <source>This database was written by a newer EcoClaim (schema version %1; this program knows up to %2). It has not been changed: open it with the newer program.</source>
        <translation>该数据库由更新版本的EcoClaim写入（结构版本%1；本程序最高支持%2），未作任何改动，请用更新版本的程序打开。</translation>
    </message>
    <message>
        <source>read migration %1</source>
        <translation>读取迁移脚本%1</translation>
    </message>
    <message>
        <source>Case number %1 is already taken by another case.</source>
        <translation>案件编号 %1 已被其他案件使用。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::TextRules</name>
    <message>
        <source>%1: character %2 (%3) is not a character.</source>
        <translation>%1：第 %2 个字符（%3）不是有效字符。</translation>
    </message>
    <message>
        <source>%1: character %2 is half of a UTF-16 pair (a broken or forged text); write the text again.</source>
        <translation>%1：第 %2 个字符是 UTF-16 代理对的一半（文本已损坏或者被伪造）；请重新输入该文本。</translation>
    </message>
    <message>
        <source>%1: character %2 is U+FFFD, what invalid UTF-8 becomes; the text was not valid UTF-8.</source>
        <translation>%1：第 %2 个字符是 U+FFFD，即无效 UTF-8 转换后的字符；该文本不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>%1: character %2 is a line break or tab; this field is one line.</source>
        <translation>%1：第 %2 个字符是换行符或者制表符；该字段只能为单行。</translation>
    </message>
    <message>
        <source>%1: character %2 is the control character %3, which text may not hold.</source>
        <translation>%1：第 %2 个字符是控制字符 %3，文本中不得包含。</translation>
    </message>
    <message>
        <source>%1: character %2 (%3) reverses the direction of the text shown, so what is read differs from what is stored; it is not accepted.</source>
        <translation>%1：第 %2 个字符（%3）会反转文本的显示方向，导致显示内容与存储内容不一致；不予接受。</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are accepted.</source>
        <translation>%1 长度为 %2 个字符；最多允许 %3 个字符。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Timeline</name>
    <message>
        <source>Consultation notice served on %1; meeting on %2</source>
        <translation>已向%1送达磋商告知书；磋商会议定于%2</translation>
    </message>
    <message>
        <source>%1 agreed to consult</source>
        <translation>%1同意磋商</translation>
    </message>
    <message>
        <source>%1 refused to consult</source>
        <translation>%1拒绝磋商</translation>
    </message>
    <message>
        <source>Consultation round %1 held</source>
        <translation>已进行第%1次磋商</translation>
    </message>
    <message>
        <source>Compensation agreement signed: %1 yuan</source>
        <translation>已签署赔偿协议：%1元</translation>
    </message>
    <message>
        <source>Claim brought before %1 (%2)</source>
        <translation>已向%1提起诉讼（%2）</translation>
    </message>
    <message>
        <source>Judicial confirmation applied for at %1</source>
        <translation>已向%1申请司法确认</translation>
    </message>
    <message>
        <source>The court confirmed the agreement</source>
        <translation>人民法院裁定确认赔偿协议</translation>
    </message>
    <message>
        <source>The court did not confirm the agreement</source>
        <translation>人民法院裁定不予确认赔偿协议</translation>
    </message>
    <message>
        <source>Judgment recorded</source>
        <translation>已登记判决</translation>
    </message>
    <message>
        <source>Restoration started ahead of the agreement</source>
        <translation>已先行开展生态修复</translation>
    </message>
    <message>
        <source>Restoration started</source>
        <translation>已启动生态修复</translation>
    </message>
    <message>
        <source>Milestone added: %1</source>
        <translation>已添加修复节点：%1</translation>
    </message>
    <message>
        <source>Milestone done: %1</source>
        <translation>修复节点已完成：%1</translation>
    </message>
    <message>
        <source>Payment received: %1 yuan</source>
        <translation>已收到缴款：%1元</translation>
    </message>
    <message>
        <source>Restoration reported complete</source>
        <translation>已报告修复完成</translation>
    </message>
    <message>
        <source>Restoration-effect evaluation passed</source>
        <translation>修复效果评估通过</translation>
    </message>
    <message>
        <source>Restoration-effect evaluation failed: restoration must continue</source>
        <translation>修复效果评估未通过：应当继续开展修复</translation>
    </message>
    <message>
        <source>Restoration continues after the failed evaluation</source>
        <translation>评估未通过，继续开展修复</translation>
    </message>
    <message>
        <source>Claim terminated</source>
        <translation>已终止索赔程序</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Case file archived: one case, one volume, kept long-term</source>
        <translation>案卷已归档：一案一卷，长期保存</translation>
    </message>
    <message>
        <source>Linked %1: %2</source>
        <translation>已关联%1：%2</translation>
    </message>
    <message>
        <source>Deadline suspended: %1</source>
        <translation>期限中止：%1</translation>
    </message>
    <message>
        <source>Deadline resumed: %1</source>
        <translation>期限恢复计算：%1</translation>
    </message>
    <message numerus="yes">
        <source>Deadline extended by %n day(s): %1</source>
        <translation>
            <numerusform>期限延长%n日：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Service of consultation notice %1 corrected: %2</source>
        <translation>已更正第%1份磋商告知书的送达信息：%2</translation>
    </message>
    <message>
        <source>Clue registered as %1 (%2)</source>
        <translation>线索已登记，编号%1（%2）</translation>
    </message>
    <message>
        <source>Liable party %1 added: %2</source>
        <translation>已添加赔偿义务人%1：%2</translation>
    </message>
    <message>
        <source>Case details corrected</source>
        <translation>案件信息已更正</translation>
    </message>
    <message>
        <source>Verification concluded: damage was caused</source>
        <translation>初步核查结论：已造成生态环境损害</translation>
    </message>
    <message>
        <source>Verification concluded: no damage was caused</source>
        <translation>初步核查结论：未造成生态环境损害</translation>
    </message>
    <message>
        <source>Case filed; the claim procedure starts with the damage investigation</source>
        <translation>已立案，启动索赔程序，开展损害调查</translation>
    </message>
    <message>
        <source>Clue transferred to %1</source>
        <translation>线索已移送至%1</translation>
    </message>
    <message>
        <source>The rules do not apply: %1</source>
        <translation>不适用本细则：%1</translation>
    </message>
    <message>
        <source>Claim not started: %1</source>
        <translation>不启动索赔程序：%1</translation>
    </message>
    <message>
        <source>Appraisal commissioned: %1</source>
        <translation>已委托鉴定评估：%1</translation>
    </message>
    <message>
        <source>Simplified appraisal stopped as unsuitable; an institution must be commissioned</source>
        <translation>简易评估因不符合适用情形已终止；应当委托鉴定评估机构</translation>
    </message>
    <message>
        <source>Appraisal result recorded</source>
        <translation>已登记鉴定评估结果</translation>
    </message>
    <message>
        <source>Investigation concluded: consultation proposed</source>
        <translation>损害调查结论：建议启动索赔磋商</translation>
    </message>
    <message>
        <source>Investigation concluded: termination proposed</source>
        <translation>损害调查结论：建议终止索赔程序</translation>
    </message>
    <message>
        <source>Restoration plan drafted</source>
        <translation>已编制修复方案</translation>
    </message>
    <message>
        <source>Restoration plan revised</source>
        <translation>已修订修复方案</translation>
    </message>
    <message>
        <source>%1 asked to consult before the investigation ends</source>
        <translation>%1主动提议在调查结束前先行磋商</translation>
    </message>
    <message>
        <source>Consultation started at the liable party&apos;s request</source>
        <translation>应赔偿义务人提议先行启动磋商</translation>
    </message>
    <message>
        <source>Consultation started</source>
        <translation>已启动磋商</translation>
    </message>
    <message>
        <source>Written reply sent to %1</source>
        <translation>已向%1书面回复</translation>
    </message>
    <message>
        <source>Added to the case file: %1 (%2)</source>
        <translation>已添加入卷材料：%1（%2）</translation>
    </message>
    <message>
        <source>Papers cannot be issued here: the papers module is not loaded.</source>
        <translation>此处无法制发文书：未加载文书模块。</translation>
    </message>
    <message>
        <source>%1 %2 was %3: its content cannot change under this number (the case data it prints has changed). To correct it, supersede it (supersede_paper): the correction gets a new number and this paper stays on file, marked superseded.</source>
        <translation>《%1》%2已%3，同一文号下内容不得变更（其所载案件信息已有变化）。如需更正，请予更正重编（supersede_paper）：更正后的文书另行编号，原文书保留在案卷中并标注作废。</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>签订</translation>
    </message>
    <message>
        <source>served</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Paper reprinted unchanged (served or signed)</source>
        <translation>文书已送达或签订，内容未变，沿用原件</translation>
    </message>
    <message>
        <source>Paper issued: %1</source>
        <translation>制发文书：%1</translation>
    </message>
    <message>
        <source>%1 %2 superseded: %3</source>
        <translation>《%1》%2已更正作废：%3</translation>
    </message>
    <message>
        <source>%1 %2 served on %3 (%4)</source>
        <translation>《%1》%2已送达%3（%4）</translation>
    </message>
    <message>
        <source>Share of %1 recorded</source>
        <translation>已登记%1的责任份额</translation>
    </message>
    <message>
        <source>Payment received through the court&apos;s enforcement: %1 yuan</source>
        <translation>通过人民法院强制执行收到款项：%1 元</translation>
    </message>
    <message>
        <source>Enforcement applied for at %1</source>
        <translation>于 %1 申请强制执行</translation>
    </message>
    <message>
        <source>Enforcement: %1</source>
        <translation>强制执行：%1</translation>
    </message>
    <message>
        <source>Enforcement ended: %1</source>
        <translation>强制执行终结：%1</translation>
    </message>
    <message>
        <source>; %1 yuan remains unpaid</source>
        <translation>；尚有 %1 元未支付</translation>
    </message>
    <message>
        <source>%1 listed as a dishonest judgment debtor</source>
        <translation>%1 被列入失信被执行人名单</translation>
    </message>
    <message>
        <source>%1 taken off the list of dishonest judgment debtors</source>
        <translation>%1 被移出失信被执行人名单</translation>
    </message>
    <message>
        <source>Consultation failed (%1)%2: the claim goes to court</source>
        <translation>磋商未达成一致（%1）%2：提起诉讼</translation>
    </message>
    <message>
        <source>Emergency action by %1</source>
        <translation>%1 采取应急处置措施</translation>
    </message>
    <message>
        <source>Cost advanced by %1: %2 yuan (%3)</source>
        <translation>%1 垫付费用：%2 元（%3）</translation>
    </message>
    <message>
        <source>Recorded as a simple case: estimated damage %1 yuan</source>
        <translation>按简易案件登记：估算损害金额 %1 元</translation>
    </message>
    <message>
        <source>Grounds for punitive damages recorded</source>
        <translation>已记录适用惩罚性赔偿的依据</translation>
    </message>
    <message>
        <source>Joint case group formed, led by %1</source>
        <translation>已组建联合办案组，由 %1 牵头</translation>
    </message>
    <message>
        <source>%1 assists the joint case group</source>
        <translation>%1 协助联合办案组</translation>
    </message>
    <message>
        <source>%1 joins the joint case group</source>
        <translation>%1 加入联合办案组</translation>
    </message>
    <message>
        <source>Cross-region case with %1 (%2)</source>
        <translation>与 %1 的跨区域案件（%2）</translation>
    </message>
    <message>
        <source>Major case reported to %1</source>
        <translation>重大案件已报告 %1</translation>
    </message>
    <message>
        <source>Instruction of %1: %2</source>
        <translation>%1 的指示：%2</translation>
    </message>
    <message>
        <source>Instruction %1 carried out</source>
        <translation>指示 %1 已落实</translation>
    </message>
    <message>
        <source>Timetable: %1 by %2</source>
        <translation>时间表：%2 前完成 %1</translation>
    </message>
    <message>
        <source>Timetable step done: %1</source>
        <translation>时间表事项已完成：%1</translation>
    </message>
    <message>
        <source>Reporter %1 answered</source>
        <translation>已答复报告人 %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>no field differed</source>
        <translation>各项均未变化</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Correction of payment %1: %2. Reason: %3</source>
        <translation>更正第%1笔缴款：%2。理由：%3</translation>
    </message>
    <message>
        <source>Payment %1 voided (paid on %2, %3 yuan → none). Reason: %4</source>
        <translation>作废第%1笔缴款（缴款日期%2，%3 元 → 无）。理由：%4</translation>
    </message>
    <message>
        <source>The party is not on the case.</source>
        <translation>本案没有该赔偿义务人。</translation>
    </message>
    <message>
        <source>Correction of liable party %1 (%2): %3. Reason: %4</source>
        <translation>更正赔偿义务人%1（%2）：%3。理由：%4</translation>
    </message>
    <message>
        <source>Liable party %1 (%2) removed: entered by mistake. Reason: %3</source>
        <translation>删除误录的赔偿义务人%1（%2）。理由：%3</translation>
    </message>
    <message>
        <source>Nothing to correct: %1 already holds that value.</source>
        <translation>无需更正：%1已是该值。</translation>
    </message>
    <message>
        <source>Correction of %1: %2. Reason: %3</source>
        <translation>更正%1：%2。理由：%3</translation>
    </message>
    <message>
        <source>The clue&apos;s registration cannot be taken back: the case keeps its number. Record how the clue ends instead.</source>
        <translation>线索登记不能撤回：案件保留其编号。请改为录入线索的办结方式。</translation>
    </message>
    <message>
        <source>The last step was itself taken back; record the right step anew.</source>
        <translation>最后一步本身就是撤回操作；请重新录入正确的步骤。</translation>
    </message>
    <message>
        <source>An archived case changes no more (Art. 42).</source>
        <translation>已归档案件不再变更（第四十二条）。</translation>
    </message>
    <message>
        <source>A decision of the bureau is revoked by a decision, not taken back.</source>
        <translation>本局的决定只能以决定撤销，不能撤回。</translation>
    </message>
    <message>
        <source>A paper or file stays in the case file (Art. 42): supersede the paper instead.</source>
        <translation>文书或文件须留存于案卷（第四十二条）：请改为替换该文书。</translation>
    </message>
    <message>
        <source>A correction is corrected, not taken back.</source>
        <translation>更正只能再次更正，不能撤回。</translation>
    </message>
    <message>
        <source>The case has no step on record to take back.</source>
        <translation>该案件没有可撤回的已录步骤。</translation>
    </message>
    <message>
        <source>Took back the last step, &quot;%1&quot; (recorded %2 by %3). Reason: %4</source>
        <translation>已撤回最后一步“%1”（%2 由 %3 录入）。理由：%4</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ToolBar</name>
    <message>
        <source>New clue</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Main tools</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Window</name>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>界面语言：zh_CN或en。</translation>
    </message>
    <message>
        <source>EcoClaim</source>
        <translation>EcoClaim</translation>
    </message>
    <message>
        <source>Sign in to the bureau&apos;s server</source>
        <translation>登录本局服务器</translation>
    </message>
    <message>
        <source>%1

Password for %2:</source>
        <translation>%1

%2 的密码：</translation>
    </message>
    <message>
        <source>Open this database: a file, or the server&apos;s postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>打开此数据库：一个文件，或服务器地址 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>Load the demo case set if the database is empty.</source>
        <translation>数据库为空时载入演示案件。</translation>
    </message>
    <message>
        <source>There is no database at %1.

Create a new, empty database there?</source>
        <translation>%1 处没有数据库。

是否在该位置新建一个空数据库？</translation>
    </message>
    <message>
        <source>%1 — signed in: %2 (%3, %4)</source>
        <translation>%1 — 当前登录：%2（%3，%4）</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not an EcoClaim database. It holds no cases: usually a first start was stopped while the database was being created.

Create a new, empty EcoClaim database in it?</source>
        <translation>%1 是空文件（0字节），不是本系统的数据库。其中没有任何案件，通常是首次启动时在创建数据库过程中被中断所致。

是否在该文件中新建一个空数据库？</translation>
    </message>
</context>
<context>
    <name>ecoclaim::WorkCalendar</name>
    <message>
        <source>No working-day calendar for %1: import the State Council holiday notice for that year.</source>
        <translation>缺少%1年的工作日历：请导入国务院办公厅关于该年部分节假日安排的通知。</translation>
    </message>
    <message>
        <source>The notice lead time must be at least one working day.</source>
        <translation>告知书的提前送达期至少为一个工作日。</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>The calendar file is not valid JSON: %1 (at character %2).</source>
        <translation>日历文件不是有效的JSON：%1（第%2个字符处）。</translation>
    </message>
    <message>
        <source>The calendar file must be a JSON object with &quot;year&quot;, &quot;holidays&quot; and &quot;workdays&quot;.</source>
        <translation>日历文件必须是包含&quot;year&quot;、&quot;holidays&quot;和&quot;workdays&quot;的JSON对象。</translation>
    </message>
    <message>
        <source>&quot;year&quot; must be a whole number between %1 and %2.</source>
        <translation>&quot;year&quot;必须是%1至%2之间的整数。</translation>
    </message>
    <message>
        <source>&quot;source&quot; must be text naming the State Council notice.</source>
        <translation>&quot;source&quot;必须是注明国务院通知名称的文本。</translation>
    </message>
    <message>
        <source>%1 does not belong to the calendar year %2.</source>
        <translation>%1不在%2日历年度内。</translation>
    </message>
    <message>
        <source>&quot;holidays&quot; must be a list of {&quot;date&quot;, &quot;name&quot;} entries.</source>
        <translation>&quot;holidays&quot;必须是由{&quot;date&quot;, &quot;name&quot;}条目组成的列表。</translation>
    </message>
    <message>
        <source>No holidays are listed; every State Council notice lists the public holidays.</source>
        <translation>未列出任何节假日；国务院的每份节假日安排通知都列有法定节假日。</translation>
    </message>
    <message>
        <source>Holiday entry %1 has no valid date (expected YYYY-MM-DD).</source>
        <translation>第%1个节假日条目没有有效日期（应为YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The holiday on %1 has no name.</source>
        <translation>%1的节假日没有名称。</translation>
    </message>
    <message>
        <source>%1 is listed twice among the holidays.</source>
        <translation>%1在节假日中重复列出。</translation>
    </message>
    <message>
        <source>&quot;workdays&quot; must be a list of dates (it may be empty).</source>
        <translation>&quot;workdays&quot;必须是日期列表（可以为空）。</translation>
    </message>
    <message>
        <source>Working-day entry %1 is not a valid date (expected YYYY-MM-DD).</source>
        <translation>第%1个调休上班日条目不是有效日期（应为YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1 is not a Saturday or Sunday; only weekend days can become adjusted working days (调休上班).</source>
        <translation>%1不是星期六或星期日；只有周末才能调休上班。</translation>
    </message>
    <message>
        <source>%1 is listed both as a holiday and as an adjusted working day.</source>
        <translation>%1同时被列为节假日和调休上班日。</translation>
    </message>
    <message>
        <source>%1 is listed twice among the adjusted working days.</source>
        <translation>%1在调休上班日中重复列出。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::AccountsDialog</name>
    <message>
        <source>the city</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户管理</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区划</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>变更角色</translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Selected account:</source>
        <translation>选中的账户：</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>新增账户</translation>
    </message>
    <message>
        <source>(none: supervisor, archivist, administrator)</source>
        <translation>（无：市级督办、档案员、管理员）</translation>
    </message>
    <message>
        <source>(none: the city)</source>
        <translation>（无：市级）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>区划：</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <source>The password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>The two passwords differ: type the first password twice.</source>
        <translation>两次输入的密码不一致，请将初始密码输入两遍。</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>请先选中一个账户。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::ApprovalsDialog</name>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>&amp;Approvals…</source>
        <translation>待审批事项(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::ApprovalsPanel</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Decision proposed</source>
        <translation>提请的决定</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提请人</translation>
    </message>
    <message>
        <source>Proposed at</source>
        <translation>提请时间</translation>
    </message>
    <message>
        <source>Reason for refusing (required to refuse)</source>
        <translation>不予批准的理由（不批准时必填）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不批准</translation>
    </message>
    <message>
        <source>No decision is waiting for approval.</source>
        <translation>没有待审批的决定。</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your approval: %n decision(s)</source>
        <translation>
            <numerusform>待您审批：%n 项决定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the unit head&apos;s approval: %n decision(s)</source>
        <translation>
            <numerusform>待部门负责人审批：%n 项决定</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: %1 — %2</source>
        <translation>已批准：%1——%2</translation>
    </message>
    <message>
        <source>Proposal %1 refused.</source>
        <translation>提请%1未予批准。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::ArchiveExportDialog</name>
    <message>
        <source>Export the case file %1 as an archive</source>
        <translation>将案卷%1导出为档案包</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save the archive as</source>
        <translation>档案包另存为</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Exported %1 entries (%2 bytes) to %3.</source>
        <translation>已导出%1个条目（%2字节）至%3。</translation>
    </message>
    <message>
        <source>Passphrase of the unit&apos;s signing key:</source>
        <translation>本单位签名密钥的口令：</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::ArchiveVerifyDialog</name>
    <message>
        <source>Verify a case archive</source>
        <translation>检测案卷档案包</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the archive</source>
        <translation>选择档案包</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP压缩包 (*.zip)</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::BarCasesDialog</name>
    <message>
        <source>Cases behind the figure</source>
        <translation>数字对应的案件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s). Double-click a case to open it.</source>
        <translation>
            <numerusform>%1：共%n件案件。双击案件即可打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>办案部门</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>索赔</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::CaseFileHeader</name>
    <message>
        <source>Other actions</source>
        <translation>其他操作</translation>
    </message>
    <message>
        <source>Every other command the rules allow at this stage (Alt+A)</source>
        <translation>本阶段规定允许的其他全部操作（Alt+A）</translation>
    </message>
    <message>
        <source>Next deadline: %1 %2%3</source>
        <translation>最近期限：%1 %2%3</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>Archived — read only (%1)</source>
        <translation>已归档——只读（%1）</translation>
    </message>
    <message>
        <source>Still required:</source>
        <translation>尚需：</translation>
    </message>
    <message>
        <source>%1 (needed before “%2”)</source>
        <translation>%1（“%2”前须先办理）</translation>
    </message>
    <message>
        <source>“%1” is blocked:</source>
        <translation>“%1”尚不能办理：</translation>
    </message>
    <message>
        <source>This step records what is missing.</source>
        <translation>本步骤补录所缺事项。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::CaseFileView</name>
    <message>
        <source>Liable parties</source>
        <translation>赔偿义务人</translation>
    </message>
    <message>
        <source>Clue and preliminary verification</source>
        <translation>线索与初步核查</translation>
    </message>
    <message>
        <source>Damage investigation</source>
        <translation>损害调查</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>鉴定评估</translation>
    </message>
    <message>
        <source>Consultation: notices, service, rounds</source>
        <translation>磋商：告知书、送达、磋商会议</translation>
    </message>
    <message>
        <source>Agreement and payments</source>
        <translation>赔偿协议与履行</translation>
    </message>
    <message>
        <source>Judicial confirmation and litigation</source>
        <translation>司法确认与诉讼</translation>
    </message>
    <message>
        <source>Restoration and effect evaluation</source>
        <translation>生态修复与效果评估</translation>
    </message>
    <message>
        <source>Linked proceedings</source>
        <translation>关联程序</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Timeline and audit trail</source>
        <translation>办理经过与审计记录</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Alt+A</source>
        <translation>Alt+A</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Before %1 the rules still require:</source>
        <translation>%1前，按规定尚需：</translation>
    </message>
    <message>
        <source>Evidence and materials</source>
        <translation>证据与案卷材料</translation>
    </message>
    <message>
        <source>Enforcement and the dishonest debtor list</source>
        <translation>强制执行与失信被执行人名单</translation>
    </message>
    <message>
        <source>Emergencies, costs advanced and accounts</source>
        <translation>应急处置、垫付费用与账目</translation>
    </message>
    <message>
        <source>Jurisdiction, joint case group, grounds and supervision</source>
        <translation>管辖、联合办案组、事由与督办</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>义务人</translation>
    </message>
    <message>
        <source>Clue</source>
        <translation>线索核查</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>损害调查</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>磋商</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议履行</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>司法</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>强制执行</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>生态修复</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>关联程序</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>应急与费用</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>管辖监督</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Before %1 the rules still require something here.</source>
        <translation>在%1之前，本部分尚有规定要求的事项未完成。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::CaseFilterBar</name>
    <message>
        <source>&amp;Overdue</source>
        <translation>已逾期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Major cases</source>
        <translation>重大案件(&amp;M)</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Every district</source>
        <translation>全部行政区</translation>
    </message>
    <message>
        <source>Every handling unit</source>
        <translation>全部承办单位</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <source>D&amp;istrict</source>
        <translation>行政区(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>承办单位(&amp;U)</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::CaseListModel</name>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>District</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Liable party</source>
        <translation>赔偿义务人</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>最近期限</translation>
    </message>
    <message>
        <source>Amount claimed (yuan)</source>
        <translation>索赔金额（元）</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后更新</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::CaseMenus</name>
    <message>
        <source>Open the filed PDF</source>
        <translation>打开归档的PDF文件</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <source>Save as ODT…</source>
        <translation>另存为ODT…</translation>
    </message>
    <message>
        <source>Record service…</source>
        <translation>登记送达…</translation>
    </message>
    <message>
        <source>Correct under a new number…</source>
        <translation>更正并另行编号…</translation>
    </message>
    <message>
        <source>Preview the paper chosen in the form…</source>
        <translation>预览表单中所选文书…</translation>
    </message>
    <message>
        <source>Print the paper chosen in the form…</source>
        <translation>打印表单中所选文书…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Check against its fingerprint</source>
        <translation>核验文件指纹</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint</source>
        <translation>复制SHA-256指纹</translation>
    </message>
    <message>
        <source>Evidence checked</source>
        <translation>证据核验</translation>
    </message>
    <message>
        <source>The file is intact: its %1 match the SHA-256 fingerprint %2 recorded when it was added.</source>
        <translation>文件完好：其%1与添加时记录的SHA-256指纹%2一致。</translation>
    </message>
    <message>
        <source>Copy the rows selected</source>
        <translation>复制所选行</translation>
    </message>
    <message>
        <source>Copy this part&apos;s text</source>
        <translation>复制本部分内容</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Other actions…</source>
        <translation>其他操作…</translation>
    </message>
    <message>
        <source>Alt+A</source>
        <translation>Alt+A</translation>
    </message>
    <message>
        <source>Papers for this case…</source>
        <translation>本案文书…</translation>
    </message>
    <message>
        <source>Export the case archive…</source>
        <translation>导出案卷…</translation>
    </message>
    <message>
        <source>Open the export folder</source>
        <translation>打开导出文件夹</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::CaseSections</name>
    <message>
        <source>Notice to %1</source>
        <translation>致%1的磋商告知书</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Meeting on</source>
        <translation>磋商日期</translation>
    </message>
    <message>
        <source>Reply due on</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Round %1 — %2</source>
        <translation>第%1次磋商——%2</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>磋商记录</translation>
    </message>
    <message>
        <source>All signed</source>
        <translation>均已签字</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no — %1</source>
        <translation>否——%1</translation>
    </message>
    <message>
        <source>Beyond the usual limit because</source>
        <translation>超出原则性期限的理由</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Assumes the whole liability</source>
        <translation>承担全部赔偿责任</translation>
    </message>
    <message>
        <source>Restoration terms</source>
        <translation>修复条款</translation>
    </message>
    <message>
        <source>Judicial confirmation clause</source>
        <translation>司法确认条款</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Total agreed</source>
        <translation>协议总额</translation>
    </message>
    <message>
        <source>Instalment %1</source>
        <translation>第%1期</translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation>%1付款</translation>
    </message>
    <message>
        <source>Paid / due</source>
        <translation>已付 / 应付</translation>
    </message>
    <message>
        <source>Judicial confirmation — %1</source>
        <translation>司法确认——%1</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Ruled on</source>
        <translation>裁定日期</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>裁定书</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认有效</translation>
    </message>
    <message>
        <source>Litigation — %1</source>
        <translation>诉讼——%1</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>起诉事由</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>具体情形</translation>
    </message>
    <message>
        <source>Judged on</source>
        <translation>判决日期</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>判决书</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>判决金额</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Restoration plan of %1</source>
        <translation>%1修复方案</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>修复要素</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>修复目标</translation>
    </message>
    <message>
        <source>Technical plan</source>
        <translation>技术方案</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>进度安排</translation>
    </message>
    <message>
        <source>Restoration (ahead of the agreement)</source>
        <translation>生态修复（先行修复）</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>生态修复</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>修复实施方</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Completion report</source>
        <translation>完工报告</translation>
    </message>
    <message>
        <source>Milestone due %1</source>
        <translation>节点期限%1</translation>
    </message>
    <message>
        <source>%1 — done on %2</source>
        <translation>%1——已于%2完成</translation>
    </message>
    <message>
        <source>Effect evaluation of %1: %2</source>
        <translation>%1修复效果评估：%2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>评估单位</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>目标达成情况</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>修复效果</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Announcement ends on</source>
        <translation>公告期满日期</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Nothing on file yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>移送</translation>
    </message>
    <message>
        <source>rules not applicable</source>
        <translation>不适用本细则</translation>
    </message>
    <message>
        <source>no damage</source>
        <translation>未造成生态环境损害</translation>
    </message>
    <message>
        <source>claim not started</source>
        <translation>不启动索赔</translation>
    </message>
    <message>
        <source>claim terminated</source>
        <translation>终止索赔</translation>
    </message>
    <message>
        <source>case closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>被羁押</translation>
    </message>
    <message>
        <source>yes — %1</source>
        <translation>是——%1</translation>
    </message>
    <message>
        <source>Pollution liability insurance</source>
        <translation>环境污染责任保险</translation>
    </message>
    <message>
        <source>Clue channel</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Major case</source>
        <translation>重大案件</translation>
    </message>
    <message>
        <source>Preliminary verification</source>
        <translation>初步核查</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>核查人</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Damage found</source>
        <translation>发现损害</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation>决定：%1（%2）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>移送至</translation>
    </message>
    <message>
        <source>Damage exists</source>
        <translation>存在损害</translation>
    </message>
    <message>
        <source>Liable party identified</source>
        <translation>已确定赔偿义务人</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>程度</translation>
    </message>
    <message>
        <source>Causation</source>
        <translation>因果关系</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Early consultation requested on</source>
        <translation>申请提前磋商日期</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Commissioned on</source>
        <translation>委托日期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>委托事项</translation>
    </message>
    <message>
        <source>Stopped because</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Damage determination</source>
        <translation>损害确认</translation>
    </message>
    <message>
        <source>Quantification</source>
        <translation>损害量化</translation>
    </message>
    <message>
        <source>Total assessed</source>
        <translation>评估总额</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Failed on %1</source>
        <translation>%1 未通过</translation>
    </message>
    <message>
        <source>Agreement of %1 — %2</source>
        <translation>%1 的赔偿协议 — %2</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>none: compensation in money only (Art. 27 ¶2)</source>
        <translation>无：仅以金钱方式赔偿（第二十七条第二款）</translation>
    </message>
    <message>
        <source>owed: the case closes after a passed effect evaluation (Art. 29)</source>
        <translation>需要：修复效果评估通过后结案（第二十九条）</translation>
    </message>
    <message>
        <source>To be performed by</source>
        <translation>履行人</translation>
    </message>
    <message>
        <source>&#x3000;through enforcement</source>
        <translation>&#x3000;通过强制执行</translation>
    </message>
    <message>
        <source>&#x3000;receipt %1</source>
        <translation>&#x3000;缴款书 %1</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>主张金额</translation>
    </message>
    <message>
        <source>Punitive damages claimed</source>
        <translation>主张的惩罚性赔偿</translation>
    </message>
    <message>
        <source>Took effect on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Linked to an administrative penalty: the penalty does not replace compensation, nor compensation the penalty (Art. 8 ¶4).</source>
        <translation>与行政处罚关联：行政处罚不能替代损害赔偿，损害赔偿也不能替代行政处罚（第八条第四款）。</translation>
    </message>
    <message>
        <source>Punitive damages</source>
        <translation>惩罚性赔偿</translation>
    </message>
    <message>
        <source>Enforcement — %1</source>
        <translation>强制执行 — %1</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>执行依据</translation>
    </message>
    <message>
        <source>effective judgment</source>
        <translation>生效判决</translation>
    </message>
    <message>
        <source>judicially confirmed agreement</source>
        <translation>经司法确认的赔偿协议</translation>
    </message>
    <message>
        <source>Enforcement case number</source>
        <translation>执行案号</translation>
    </message>
    <message>
        <source>Sought</source>
        <translation>申请执行</translation>
    </message>
    <message>
        <source>Amount to enforce</source>
        <translation>申请执行金额</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Dishonest judgment debtor: %1</source>
        <translation>失信被执行人：%1</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>纳入日期</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移出</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Outstanding %1: apply to the court for enforcement (Art. 24 ¶2).</source>
        <translation>尚欠 %1：请向人民法院申请强制执行（第二十四条第二款）。</translation>
    </message>
    <message>
        <source>Emergency action of %1 — %2</source>
        <translation>%1 的应急处置 — %2</translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation>处置主体</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <source>Why the department acted</source>
        <translation>部门采取处置的原因</translation>
    </message>
    <message>
        <source>Advanced on %1</source>
        <translation>%1 垫付</translation>
    </message>
    <message>
        <source>Accounts per category (Art. 5, 34)</source>
        <translation>分类账目（第五条、第三十四条）</translation>
    </message>
    <message>
        <source>appraised %1</source>
        <translation>鉴定评估 %1</translation>
    </message>
    <message>
        <source>claimed in court %1</source>
        <translation>诉讼请求 %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>应付 %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>已付 %1</translation>
    </message>
    <message>
        <source>outstanding %1</source>
        <translation>尚欠 %1</translation>
    </message>
    <message>
        <source>advanced %1, recovered %2</source>
        <translation>垫付 %1，已追回 %2</translation>
    </message>
    <message>
        <source>Rules in force</source>
        <translation>适用规则</translation>
    </message>
    <message>
        <source>Received on %1, outside 2024-04-10 to 2029-04-09 (Art. 47): the rules then in force apply.</source>
        <translation>受理日期为 %1，不在 2024-04-10 至 2029-04-09 期间（第四十七条）：适用当时有效的规定。</translation>
    </message>
    <message>
        <source>Handled by the city because</source>
        <translation>由市级办理的原因</translation>
    </message>
    <message>
        <source>Joint case group (Art. 9 ¶3)</source>
        <translation>联合办案组（第九条第三款）</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Assisting</source>
        <translation>协助</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定机关</translation>
    </message>
    <message>
        <source>Cross-region case (Art. 44)</source>
        <translation>跨区域案件（第四十四条）</translation>
    </message>
    <message>
        <source>Simple case (Art. 16 ¶2, 21 ¶3, 29 ¶2)</source>
        <translation>简易案件（第十六条第二款、第二十一条第三款、第二十九条第二款）</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>责任</translation>
    </message>
    <message>
        <source>Estimated damage</source>
        <translation>预估损害</translation>
    </message>
    <message>
        <source>Grounds for punitive damages (Art. 26)</source>
        <translation>惩罚性赔偿事由（第二十六条）</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>故意</translation>
    </message>
    <message>
        <source>Serious consequences</source>
        <translation>后果严重</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Major-case supervision (Art. 39)</source>
        <translation>重大案件督办（第三十九条）</translation>
    </message>
    <message>
        <source>Reported upward</source>
        <translation>向上级报告</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未报告</translation>
    </message>
    <message>
        <source>Reported on %1</source>
        <translation>%1 报告</translation>
    </message>
    <message>
        <source>Instruction of %1</source>
        <translation>%1 的指示</translation>
    </message>
    <message>
        <source> — done on %1: %2</source>
        <translation> — %1 已完成：%2</translation>
    </message>
    <message>
        <source> — due %1</source>
        <translation> — %1 到期</translation>
    </message>
    <message>
        <source>Timetable %1</source>
        <translation>时间表 %1</translation>
    </message>
    <message>
        <source>Reporter answered on %1</source>
        <translation>%1 已答复报告人</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::CommandDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
    </message>
    <message>
        <source>Rests on %1</source>
        <translation>依据%1</translation>
    </message>
    <message>
        <source>Asked by %1</source>
        <translation>%1要求填写</translation>
    </message>
    <message>
        <source>Execute…</source>
        <translation>执行…</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>“%1” cannot be undone. Execute it now?</source>
        <translation>“%1”无法撤销。确定现在执行吗？</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>放弃已填写的内容吗？</translation>
    </message>
    <message>
        <source>Not executed — the rules still require:</source>
        <translation>未执行——按规定尚需：</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::DashboardPanel</name>
    <message>
        <source>each kind&apos;s warning days</source>
        <translation>按各类期限的提醒天数</translation>
    </message>
    <message>
        <source> days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部承办单位</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>打印清单…</translation>
    </message>
    <message>
        <source>Changes of the day…</source>
        <translation>当日期限变更…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>到期天数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Overdue: %1   Due today: %2   Coming: %3</source>
        <translation>已逾期：%1   今日到期：%2   即将到期：%3</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>打印清单</translation>
    </message>
    <message>
        <source>Changes of the day</source>
        <translation>当日期限变更</translation>
    </message>
    <message>
        <source>Save the day&apos;s deadline changes as PDF</source>
        <translation>将当日期限变更保存为PDF</translation>
    </message>
    <message>
        <source>deadline-changes-%1.pdf</source>
        <translation>期限变更-%1.pdf</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>deadlines-%1</source>
        <translation>期限清单-%1</translation>
    </message>
    <message>
        <source>Print the list of deadlines</source>
        <translation>打印期限清单</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::DatabaseMenu</name>
    <message>
        <source>Open another &amp;database…</source>
        <translation>打开其他数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>New data&amp;base file…</source>
        <translation>新建数据库文件(&amp;B)…</translation>
    </message>
    <message>
        <source>Load the de&amp;mo case set…</source>
        <translation>载入演示案件集(&amp;M)…</translation>
    </message>
    <message>
        <source>EcoClaim could not be started again on %1.</source>
        <translation>无法以 %1 重新启动本系统。</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>打开其他数据库</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>新建数据库文件</translation>
    </message>
    <message>
        <source>EcoClaim databases (*.db)</source>
        <translation>本系统数据库 (*.db)</translation>
    </message>
    <message>
        <source>Load the demo case set</source>
        <translation>载入演示案件集</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n case(s); the demo set goes only into an empty database.

Make a new demo database at %1 and open it?</source>
        <translation>
            <numerusform>本数据库已有 %n 件案件；演示案件集只能载入空数据库。

是否在 %1 新建演示数据库并打开？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The demo set was loaded: %n case(s).</source>
        <translation>
            <numerusform>演示案件集已载入：%n 件案件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::DisclosureDialog</name>
    <message>
        <source>Disclosure text of %1 (Art. 35)</source>
        <translation>案件%1信息公开文本（第三十五条）</translation>
    </message>
    <message>
        <source>Personal data has been removed as listed below. Review every replacement; name any person still visible in the text and press Mask. The text is issued only after review.</source>
        <translation>已按下表隐去个人信息。请逐项审核替换内容；如文本中仍可见自然人姓名，请填入后点击“隐去”。文本须经审核后方可发布。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Found from</source>
        <translation>识别依据</translation>
    </message>
    <message>
        <source>e.g. 孙丽丽, 周建国</source>
        <translation>如：孙丽丽，周建国</translation>
    </message>
    <message>
        <source>&amp;Mask</source>
        <translation>隐去(&amp;M)</translation>
    </message>
    <message>
        <source>Further persons&apos; names:</source>
        <translation>另需隐去的姓名：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>I have reviewed every replacement and the text</source>
        <translation>本人已逐项审核替换内容及全文</translation>
    </message>
    <message>
        <source>Save &amp;draft…</source>
        <translation>保存草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Issue and file on the case…</source>
        <translation>发布并归入案卷(&amp;I)…</translation>
    </message>
    <message>
        <source>disclosure-%1-draft.pdf</source>
        <translation>信息公开-%1-草稿.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>disclosure-%1.pdf</source>
        <translation>信息公开-%1.pdf</translation>
    </message>
    <message>
        <source>Issued: %1 and %2, filed on the case. Text SHA-256: %3</source>
        <translation>已发布：%1 和 %2，已归入案卷。文本SHA-256：%3</translation>
    </message>
    <message>
        <source>the case&apos;s party data</source>
        <translation>案件当事人信息</translation>
    </message>
    <message>
        <source>a pattern or the reviewer</source>
        <translation>规则识别或审核人指定</translation>
    </message>
    <message>
        <source>Name the reviewer and confirm the review first.</source>
        <translation>请先填写审核人并确认已审核。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::DocumentsSection</name>
    <message>
        <source>Marked draft (草稿)</source>
        <translation>标注“草稿”</translation>
    </message>
    <message>
        <source>Generate and file</source>
        <translation>生成并归入案卷</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存PDF…</translation>
    </message>
    <message>
        <source>Save ODT…</source>
        <translation>保存ODT…</translation>
    </message>
    <message>
        <source>Record service…</source>
        <translation>登记送达…</translation>
    </message>
    <message>
        <source>e.g. 上午9时30分</source>
        <translation>如：上午9时30分</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Meeting on</source>
        <translation>磋商日期</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>磋商时间</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>磋商地点</translation>
    </message>
    <message>
        <source>Reply due on</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>受理法院</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>(not usual at this stage)</source>
        <translation>（本阶段通常不用）</translation>
    </message>
    <message>
        <source>The case is archived: its file is closed (Art. 42). Filed papers can still be reprinted.</source>
        <translation>案件已归档，案卷已封闭（第四十二条）。已归卷的文书仍可重新打印。</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>PDF SHA-256 %1
ODT SHA-256 %2</source>
        <translation>PDF SHA-256 %1
ODT SHA-256 %2</translation>
    </message>
    <message>
        <source>Round %1 (%2)</source>
        <translation>第%1次磋商（%2）</translation>
    </message>
    <message>
        <source>Appraisal %1</source>
        <translation>第%1次鉴定评估</translation>
    </message>
    <message>
        <source>Select a paper or one of its versions first.</source>
        <translation>请先选择一份文书或其中一个版本。</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the paper as filed</source>
        <translation>按归卷原样保存文书</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>无法写入文件%1。</translation>
    </message>
    <message>
        <source>Service recorded.</source>
        <translation>已登记送达。</translation>
    </message>
    <message>
        <source>Record service</source>
        <translation>登记送达</translation>
    </message>
    <message>
        <source>Method of service</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Note (refusal, witness)</source>
        <translation>备注（拒收情况、见证人）</translation>
    </message>
    <message>
        <source>(none on file yet)</source>
        <translation>（案卷中尚无）</translation>
    </message>
    <message>
        <source>Proof of service</source>
        <translation>送达凭证</translation>
    </message>
    <message>
        <source>Correct under a new number…</source>
        <translation>更正并重新编号…</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签订</translation>
    </message>
    <message>
        <source>superseded (%1)</source>
        <translation>已作废（%1）</translation>
    </message>
    <message>
        <source>Each liable party (one paper each)</source>
        <translation>各赔偿义务人（每人一份）</translation>
    </message>
    <message>
        <source>Meeting too close</source>
        <translation>磋商会议过近</translation>
    </message>
    <message>
        <source>The meeting is fewer than five working days after the notice&apos;s day of issue: it cannot be served five working days before the meeting (Art. 19). Number it anyway?</source>
        <translation>磋商会议距告知书制发日不足五个工作日，无法在会议五个工作日前送达（第十九条）。是否仍予编号？</translation>
    </message>
    <message>
        <source>%1 %2, version %3</source>
        <translation>《%1》%2，第%3版</translation>
    </message>
    <message>
        <source>Filed: %1.</source>
        <translation>已归入案卷：%1。</translation>
    </message>
    <message>
        <source>Corrected under %1; the old paper stays on file, superseded.</source>
        <translation>已以%1更正，原文书保留在案卷中并标注作废。</translation>
    </message>
    <message>
        <source>Correct under a new number</source>
        <translation>更正并重新编号</translation>
    </message>
    <message>
        <source>Why is the paper corrected? (It stays on file, marked superseded; the correction takes the form&apos;s values and a new number.)</source>
        <translation>更正理由？（原文书保留在案卷中并标注作废；更正后的文书采用表单中的内容并另行编号。）</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::DueItemsModel</name>
    <message>
        <source>(unit)</source>
        <translation>（本单位）</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据与说明</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::EvidenceDialog</name>
    <message>
        <source>Add a file to case %1</source>
        <translation>向案件%1添加材料</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the file to add</source>
        <translation>选择要添加的文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Kind of material</source>
        <translation>材料类别</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Date the material bears</source>
        <translation>材料所载日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::EvidencePanel</name>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>添加材料…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>The case is archived: its file can no longer change (Art. 42).</source>
        <translation>案件已归档，案卷不能再更改（第四十二条）。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::FieldEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>Give this date</source>
        <translation>填写此日期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <source>One instalment per line: due date and amount, e.g. 2026-12-31 50000</source>
        <translation>每行一期：到期日和金额，例如 2026-12-31 50000</translation>
    </message>
    <message>
        <source>yuan, e.g. 150,000.00</source>
        <translation>单位：元，例如 150,000.00</translation>
    </message>
    <message>
        <source>18 characters, GB 32100</source>
        <translation>18位，GB 32100</translation>
    </message>
    <message>
        <source>18 characters, GB 11643</source>
        <translation>18位，GB 11643</translation>
    </message>
    <message>
        <source>%1: this date is in the future.</source>
        <translation>%1：该日期晚于今天。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a due date (YYYY-MM-DD) followed by an amount.</source>
        <translation>%1：“%2”不是“到期日（YYYY-MM-DD）加金额”的格式。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::FirstStartDialog</name>
    <message>
        <source>Load the &amp;demo case set to try EcoClaim</source>
        <translation>载入演示案件集以试用本系统(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Case database</source>
        <translation>案件数据库</translation>
    </message>
    <message>
        <source>EcoClaim databases (*.db)</source>
        <translation>案件数据库 (*.db)</translation>
    </message>
    <message>
        <source>Database &amp;file</source>
        <translation>数据库文件(&amp;F)</translation>
    </message>
    <message>
        <source>Only into an empty database: a few dozen realistic Shanghai cases at every stage</source>
        <translation>仅可载入空数据库：数十件处于各办理阶段的上海市模拟案件</translation>
    </message>
    <message>
        <source>On &amp;this computer — one caseworker&apos;s database file</source>
        <translation>本机(&amp;T)——一名办案人员的数据库文件</translation>
    </message>
    <message>
        <source>On the bureau&apos;s &amp;server — shared by every desk (PostgreSQL)</source>
        <translation>本局服务器(&amp;S)——各办案终端共用（PostgreSQL）</translation>
    </message>
    <message>
        <source>Where are the cases kept?</source>
        <translation>案件数据存放在何处？</translation>
    </message>
    <message>
        <source>A single caseworker keeps the cases in a file on this computer. A bureau where several caseworkers share cases uses its server: ask the administrator for its address. Do not put a database file on a network share — two desks writing one file can damage it.</source>
        <translation>单个办案人员可将案件保存在本机的文件中。多名办案人员共享案件的单位应使用本局服务器，请向管理员询问服务器地址。请勿将数据库文件放在网络共享位置——两个终端同时写入同一文件可能损坏数据。</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>服务器地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>Data&amp;base</source>
        <translation>数据库(&amp;B)</translation>
    </message>
    <message>
        <source>Your &amp;login</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <source>The password is asked when EcoClaim connects; it is never stored.</source>
        <translation>连接时将询问密码，EcoClaim 不会保存密码。</translation>
    </message>
    <message>
        <source>Name the database file.</source>
        <translation>请填写数据库文件名。</translation>
    </message>
    <message>
        <source>Name the database on the server (ask the administrator).</source>
        <translation>请填写服务器上的数据库名称（向管理员询问）。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::HelpWindow</name>
    <message>
        <source>EcoClaim Help</source>
        <translation>本系统帮助</translation>
    </message>
    <message>
        <source>Guide to the procedure</source>
        <translation>办案流程指引</translation>
    </message>
    <message>
        <source>The rules (沪环规〔2024〕5号)</source>
        <translation>《实施细则》（沪环规〔2024〕5号）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About EcoClaim</source>
        <translation>关于本系统</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::ImportCluesDialog</name>
    <message>
        <source>Import clues from a spreadsheet</source>
        <translation>从电子表格导入线索</translation>
    </message>
    <message>
        <source>A CSV (UTF-8 or GB18030) or XLSX file; its first row names the columns</source>
        <translation>CSV（UTF-8 或 GB18030）或 XLSX 文件；第一行为列名</translation>
    </message>
    <message>
        <source>Only for headers that are not the fields&apos; names or labels</source>
        <translation>仅当列名不是字段名或界面标签时需要</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save mapping as…</source>
        <translation>列对应另存为…</translation>
    </message>
    <message>
        <source>Spreadsheet:</source>
        <translation>电子表格：</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>列对应：</translation>
    </message>
    <message>
        <source>Choose a file, then check it: nothing is changed until you import.</source>
        <translation>请选择文件并先行检查：在导入之前不会作任何更改。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>检查（试运行）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Spreadsheet to import</source>
        <translation>要导入的电子表格</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>列对应文件 (*.json)</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>保存列对应</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1: %n row(s). </source>
        <translation>
            <numerusform>按 %1 读取：%n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows listed (or the mapping) and check again.</source>
        <translation>未导入任何内容：请更正所列各行（或列对应）后重新检查。</translation>
    </message>
    <message>
        <source>Every row can be registered. Nothing has been changed yet: Import registers them all as one batch.</source>
        <translation>所有行均可登记。目前尚未作任何更改：点击“导入”将作为一个批次全部登记。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n clue(s) as batch %1. To take the whole batch back while nothing else has happened to its cases: ecoclaim-cli import undo %1.</source>
        <translation>
            <numerusform>已导入 %n 条线索，批次号 %1。在这些案件未发生其他变动前，可用 ecoclaim-cli import undo %1 撤回整批导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;clues from a spreadsheet…</source>
        <translation>从电子表格导入线索(&amp;C)…</translation>
    </message>
    <message>
        <source>Import a legacy case ledger</source>
        <translation>导入历史案件台账</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) as batch %1, each brought to its stage. To take the whole batch back while nothing else has happened to its cases: ecoclaim-cli import undo %1.</source>
        <translation>
            <numerusform>已导入 %n 件案件（批次 %1），均已推进至台账所载阶段。在这些案件未作其他办理之前，可整批撤销：ecoclaim-cli import undo %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a legacy case &amp;ledger…</source>
        <translation>导入历史案件台账(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::MainWindow</name>
    <message>
        <source>EcoClaim — Ecological damage compensation cases</source>
        <translation>EcoClaim——生态环境损害赔偿案件</translation>
    </message>
    <message>
        <source>Search titles, parties, addresses, descriptions (from one character)</source>
        <translation>搜索案件名称、当事人、地址、基本情况（输入一个字即可）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n件案件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Export the major-case &amp;ledger…</source>
        <translation>导出重大案件台账(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Export the major-case ledger</source>
        <translation>导出重大案件台账</translation>
    </message>
    <message>
        <source>major-case-ledger-%1.csv</source>
        <translation>重大案件台账-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>已写入%n行：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a year&apos;s &amp;holiday calendar…</source>
        <translation>导入年度节假日安排(&amp;H)…</translation>
    </message>
    <message>
        <source>Import a year&apos;s holiday calendar</source>
        <translation>导入年度节假日安排</translation>
    </message>
    <message>
        <source>Holiday calendars (*.json)</source>
        <translation>节假日安排文件 (*.json)</translation>
    </message>
    <message>
        <source>Calendar %1 imported; every deadline was recomputed with it.</source>
        <translation>已导入%1年工作日历，所有期限已据此重新计算。</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>搜索(&amp;R)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>&amp;New clue…</source>
        <translation>登记线索(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open the selected case</source>
        <translation>打开所选案件(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Close the case tab</source>
        <translation>关闭案件标签页(&amp;C)</translation>
    </message>
    <message>
        <source>Back to the case &amp;list</source>
        <translation>返回案件列表(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>C&amp;lear the filters</source>
        <translation>清除筛选条件(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Papers for the selected cases…</source>
        <translation>为所选案件生成文书(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Export the case archive…</source>
        <translation>导出案卷归档包(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Verify an archive…</source>
        <translation>校验归档包(&amp;V)…</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Select one or more cases in the list first.</source>
        <translation>请先在列表中选择一个或多个案件。</translation>
    </message>
    <message>
        <source>Export the case archive</source>
        <translation>导出案卷归档包</translation>
    </message>
    <message>
        <source>Changes made on other desks will show after F5: %1</source>
        <translation>其他终端所作修改需按 F5 后显示：%1</translation>
    </message>
    <message>
        <source>Si&amp;gning key…</source>
        <translation>签名密钥(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账户管理(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>期限(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::MyWorkView</name>
    <message>
        <source>Show items put off</source>
        <translation>显示已暂缓事项</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>依据条款</translation>
    </message>
    <message>
        <source>Action that settles it</source>
        <translation>办理操作</translation>
    </message>
    <message>
        <source>Put off</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>&amp;Do it</source>
        <translation>办理(&amp;D)</translation>
    </message>
    <message>
        <source>Open the case and the step that settles the item (Enter)</source>
        <translation>打开案件及办理该事项的操作（回车键）</translation>
    </message>
    <message>
        <source>&amp;Put off…</source>
        <translation>暂缓(&amp;P)…</translation>
    </message>
    <message>
        <source>Put the item off until a later day, with the reason (recorded in the audit log)</source>
        <translation>将事项暂缓至以后某日并说明理由（记入审计日志）</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>基准日</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to do</source>
        <translation>
            <numerusform>待办事项 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1: %2</source>
        <translation>至 %1：%2</translation>
    </message>
    <message>
        <source>Decision waiting for approval</source>
        <translation>待审批的决定</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>不同意…</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Why is the decision refused?</source>
        <translation>不同意的理由：</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>请先选择一个事项。</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>暂缓至</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>我的工作(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::NewClueDialog</name>
    <message>
        <source>Only to look for existing cases; add the party after registering</source>
        <translation>仅用于查找已有案件；登记后再添加赔偿义务人</translation>
    </message>
    <message>
        <source>Liable party named in the clue</source>
        <translation>线索涉及的赔偿义务人</translation>
    </message>
    <message>
        <source>A case about the same site or party may already exist — check before registering it again:</source>
        <translation>可能已有涉及同一地点或同一当事人的案件，请核对后再登记：</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::PaperBatchDialog</name>
    <message>
        <source>Marked drafts (草稿)</source>
        <translation>标注“草稿”</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message numerus="yes">
        <source>Generate a paper for %n case(s)</source>
        <translation>
            <numerusform>为%n件案件生成文书</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Save into</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Save the papers into</source>
        <translation>文书保存到</translation>
    </message>
    <message>
        <source>Choose a folder to save the papers into.</source>
        <translation>请选择保存文书的文件夹。</translation>
    </message>
    <message>
        <source>Case %1: not generated</source>
        <translation>案件%1：未生成</translation>
    </message>
    <message>
        <source>Case %1: %2 %3 → %4</source>
        <translation>案件%1：《%2》%3 → %4</translation>
    </message>
    <message>
        <source>Case %1: the file %2 could not be written.</source>
        <translation>案件%1：无法写入文件%2。</translation>
    </message>
    <message>
        <source>%1 paper(s) generated, %2 not.</source>
        <translation>已生成%1份文书，%2份未生成。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::PaymentsDue</name>
    <message>
        <source>&lt;b&gt;Due, paid and owed&lt;/b&gt; (payments count against the earliest instalment first)</source>
        <translation>&lt;b&gt;应付、已付与尚欠&lt;/b&gt;（付款按到期先后依次抵充各期）</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Due (yuan)</source>
        <translation>应付（元）</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>已付（元）</translation>
    </message>
    <message>
        <source>Owed (yuan)</source>
        <translation>尚欠（元）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::ReportView</name>
    <message>
        <source>Annual report (Art. 36)</source>
        <translation>年度报告（第三十六条）</translation>
    </message>
    <message>
        <source>Clue screening results (Art. 36)</source>
        <translation>线索筛查结果（第三十六条）</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Received from:</source>
        <translation>受理日期自：</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>The whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Every handling unit</source>
        <translation>全部承办部门</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>区：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>承办部门：</translation>
    </message>
    <message>
        <source>Click a number to list the cases behind it; double-click a case to open it.</source>
        <translation>单击数字列出其对应的案件；双击案件将其打开。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Save PDF and XLSX…</source>
        <translation>保存 PDF 和 XLSX…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) behind this figure: click to list them.</source>
        <translation>
            <numerusform>该数字对应 %n 件案件：单击列出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3: %n case(s).</source>
        <translation>
            <numerusform>%1 · %2 · %3：%n 件案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>annual-report-%1.pdf</source>
        <translation>年度报告-%1.pdf</translation>
    </message>
    <message>
        <source>screening-results-%1-%2.pdf</source>
        <translation>线索筛查结果-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>已保存 %1 和 %2。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::SectionTabs</name>
    <message>
        <source>Sections of the case</source>
        <translation>案卷各部分</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::SelfCheckView</name>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>The case is archived: its file is frozen (Art. 42).</source>
        <translation>案件已归档，案卷已封存（第四十二条）。</translation>
    </message>
    <message>
        <source>Nothing is missing: the case file can be archived.</source>
        <translation>未发现缺项，案卷可以归档。</translation>
    </message>
    <message>
        <source>The case file cannot be archived yet. Missing:</source>
        <translation>案卷尚不能归档，缺少：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a problem and its article</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>At least 5 full working days between service and meeting (stricter)</source>
        <translation>送达日与会议日之间至少间隔5个完整工作日（较严格）</translation>
    </message>
    <message>
        <source>The meeting may be on the 5th working day after service</source>
        <translation>会议可在送达后第5个工作日召开</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <source>Consultation notice served &quot;5 working days before&quot; (Art. 19)</source>
        <translation>磋商告知书“提前五个工作日”送达的计算方式（第十九条）</translation>
    </message>
    <message>
        <source>Warn this many days before a deadline</source>
        <translation>到期前提前提醒的天数</translation>
    </message>
    <message>
        <source> days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Bureau: deadlines</source>
        <translation>本局：期限</translation>
    </message>
    <message>
        <source>Bureau: issuing units</source>
        <translation>本局：发文单位</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>本终端</translation>
    </message>
    <message>
        <source>Bureau settings are kept in the database and are the same for every desk that opens it. Each change is recorded in the audit log with the old and the new value.</source>
        <translation>本局设置保存在数据库中，打开该数据库的各终端一致。每次修改均连同原值和新值记入审计日志。</translation>
    </message>
    <message>
        <source>The language and the window&apos;s layout belong to this computer only.</source>
        <translation>语言和窗口布局仅适用于本机。</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>An empty field prints the default shown in grey (from the district and the department).</source>
        <translation>留空时使用灰色显示的默认值（由区和部门生成）。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::SignInDialog</name>
    <message>
        <source>Sign in to EcoClaim</source>
        <translation>登录生态环境损害赔偿案件办理系统</translation>
    </message>
    <message>
        <source>This database has accounts. Sign in with your login and password.</source>
        <translation>本数据库已设账户，请输入登录名和密码登录。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::SigningKeyDialog</name>
    <message>
        <source>Signing key of the unit</source>
        <translation>本单位签名密钥</translation>
    </message>
    <message>
        <source>the unit&apos;s name, as its papers print it</source>
        <translation>单位名称，与其文书所印名称一致</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Replace the current key (it stays trusted, so archives it signed still verify)</source>
        <translation>替换当前密钥（原密钥仍受信任，其已签名的档案仍可验证）</translation>
    </message>
    <message>
        <source>Create the signing key</source>
        <translation>创建签名密钥</translation>
    </message>
    <message>
        <source>New signing key (SM2 with SM3)</source>
        <translation>新签名密钥（SM2 与 SM3）</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>持有单位：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>Keys whose signatures on case archives this database accepts:</source>
        <translation>本数据库接受其案件档案签名的密钥：</translation>
    </message>
    <message>
        <source>this unit&apos;s signing key</source>
        <translation>本单位的签名密钥</translation>
    </message>
    <message>
        <source>this unit&apos;s, retired %1 — still trusted</source>
        <translation>本单位密钥，已于 %1 停用 — 仍受信任</translation>
    </message>
    <message>
        <source>another unit&apos;s key, trusted</source>
        <translation>其他单位的密钥，受信任</translation>
    </message>
    <message>
        <source>None yet: create the unit&apos;s signing key below; no archive can be exported without it.</source>
        <translation>尚无：请在下方创建本单位签名密钥；没有签名密钥则无法导出任何档案。</translation>
    </message>
    <message>
        <source>Create a new signing key</source>
        <translation>新建签名密钥</translation>
    </message>
    <message>
        <source>Created. Fingerprint %1 — give it to the units that receive your archives, so they can check it before trusting the key.</source>
        <translation>已创建。指纹 %1 — 请将其提供给接收贵单位档案的单位，以便其在信任该密钥前进行核对。</translation>
    </message>
    <message>
        <source>Only an administrator creates the unit&apos;s signing key (as ecoclaim-cli key create).</source>
        <translation>只有管理员可以创建本单位签名密钥（与 ecoclaim-cli key create 相同）。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::StatisticsPage</name>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>统计分析(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计分析</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>线索收到日期自</translation>
    </message>
    <message>
        <source>Search titles, parties, addresses, descriptions</source>
        <translation>搜索案件名称、当事人、地址、案情</translation>
    </message>
    <message>
        <source>Only the cases whose clue was received in the period; the flow shows its months.</source>
        <translation>仅统计期间内收到线索的案件；每月流量图显示该期间各月。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) under these filters. Click a bar for the cases behind it.</source>
        <translation>
            <numerusform>当前筛选条件下共%n件案件。点击条形可查看对应案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::SuccessText</name>
    <message>
        <source>%1: payment of %2 yuan recorded (%3); %4 yuan still owed.</source>
        <translation>%1：已记录付款 %2 元（%3），尚欠 %4 元。</translation>
    </message>
    <message>
        <source>%1: payment of %2 yuan recorded; %3 yuan still owed.</source>
        <translation>%1：已记录付款 %2 元，尚欠 %3 元。</translation>
    </message>
    <message>
        <source>%1: %2 — done.</source>
        <translation>%1：%2——已完成。</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::TimelineModel</name>
    <message>
        <source>… and %1 more</source>
        <translation>……另有%1项</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Changed (old → new)</source>
        <translation>变更（原值 → 新值）</translation>
    </message>
</context>
</TS>

#include "VerifyInstructions.h"

#include "TimeUtil.h"

namespace hc::reports {

namespace {

// The root certificate's file name in the commands: the recipient gets it from the platform, never from the
// package (a certificate that travels with the package proves nothing).
const QString kRoot = QStringLiteral("平台根证书.pem");

QString header(const QString &title, const QDateTime &at, const QStringList &files)
{
    QString t = title.trimmed().isEmpty() ? QStringLiteral("健康码报告") : title.trimmed();
    t += QStringLiteral("\n\n生成时间：%1（北京时间）\n\n报告文件：\n")
             .arg(time::formatShort(at.toSecsSinceEpoch()));
    for (const QString &f : files)
        t += QStringLiteral("  ") + f + QLatin1Char('\n');
    return t;
}

QString unsignedText()
{
    return QStringLiteral(
        "\n【未签名草稿】\n"
        "本压缩包是未签名草稿：没有数字签名文件 "
        "SHA256SUMS.p7s，无法证明它由谁发出，也无法证明内容未被改动。\n"
        "不得将其作为正式报告采信、存档或转发；正式报告必须附有 SHA256SUMS.p7s。\n\n"
        "SHA256SUMS 只能发现传输中的意外损坏（在解压目录中执行 sha256sum -c SHA256SUMS），\n"
        "任何人都可以在改动文件后重新计算它，因此它不能证明内容可信。\n");
}

QString intlText(const QString &signedBy)
{
    return QStringLiteral(
               "\n签发单位：%1\n\n"
               "如何核验（无需本系统，只用标准的 openssl 与 sha256sum 命令）：\n\n"
               "1. 从国家健康码平台的官方渠道另行取得平台根证书，保存为“%2”。\n"
               "   不要使用随本压缩包或随邮件一起收到的任何证书作为根证书。\n\n"
               "2. 把本压缩包解压到一个空目录，把“%2”复制进去，在该目录中执行：\n\n"
               "   openssl cms -verify -binary -inform DER -in SHA256SUMS.p7s -content SHA256SUMS -CAfile %2 "
               "-purpose any -out /dev/null && sha256sum -c SHA256SUMS\n\n"
               "   第一条命令输出“CMS Verification successful”，说明 SHA256SUMS 由平台签发的报告证书签名，\n"
               "   签名后没有改动；第二条命令对每个文件输出“OK”（英文界面）或“成功”（中文界面），\n"
               "   说明这些文件与签名时逐字节一致。\n"
               "   报告证书过期后，第一条命令会提示“certificate has expired”：这时加上 -attime <签名时间>\n"
               "   （Unix 秒数；签名时间见 openssl cms -cmsout -print -inform DER -in SHA256SUMS.p7s 中的\n"
               "   signingTime），按签名时的有效期核验。\n")
        .arg(signedBy, kRoot);
}

QString smText()
{
    return QStringLiteral(
               "\n3. 国密（SM2/SM3）核验：本报告另有 SM2 签名。在同一目录中执行：\n\n"
               "   openssl x509 -in signer-sm2.pem -pubkey -noout > sm2-pub.pem\n"
               "   openssl dgst -sm3 -verify sm2-pub.pem -sigopt distid:1234567812345678 -signature "
               "SM3SUMS.sig SM3SUMS\n"
               "   openssl verify -CAfile %1 -untrusted signer-sm2.pem -purpose any signer-sm2.pem\n\n"
               "   第二条命令输出“Verified OK”，说明 SM3SUMS 由 signer-sm2.pem 中的 SM2 证书签名；\n"
               "   第三条命令输出“signer-sm2.pem: OK”，说明该证书由平台签发。\n"
               "   再执行 openssl dgst -sm3 <文件名>，把每个报告文件的 SM3 摘要与 SM3SUMS 中的对应行比对。\n"
               "   （SM3SUMS、SM3SUMS.sig、signer-sm2.pem 也都列在 SHA256SUMS 中，受第 2 步的签名保护。）\n")
        .arg(kRoot);
}

QString failureText()
{
    return QStringLiteral(
        "\n核验失败意味着什么：\n"
        "- 任何一条命令报错（例如“Verification failure”“FAILED”“computed checksum did NOT match”\n"
        "  “unable to get local issuer certificate”“certificate has "
        "expired”），说明文件在签发后被改动或损坏，\n"
        "  或者签名证书不是平台签发的。\n"
        "- sha256sum 提示“No such file or directory”，说明压缩包缺少文件。\n"
        "- 解压后出现 SHA256SUMS 中没有列出的文件，说明有人在签发后加入了文件。\n"
        "出现以上任何一种情况，都不得采信本报告的任何内容，请直接向签发单位核实并索取原件。\n");
}

} // namespace

QByteArray VerifyInstructions::text(Kind kind, const QString &title, const QString &signedBy,
                                    const QDateTime &at, const QStringList &reportFiles)
{
    QString t = header(title, at, reportFiles);
    if (kind == Kind::Unsigned) {
        t += unsignedText();
    } else {
        t += intlText(signedBy);
        if (kind == Kind::Sm)
            t += smText();
        t += failureText();
    }
    return t.toUtf8();
}

} // namespace hc::reports

package cn.cebase.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A production start without CEBASE_PUBLIC_URL, said in one line instead of a stack trace. */
class PublicUrlMissingFailureAnalyzer extends AbstractFailureAnalyzer<PublicUrlMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PublicUrlMissingException cause) {
		return new FailureAnalysis(
				"生产模式需要 CEBASE_PUBLIC_URL（公众访问本系统的地址，印在每块牌匾的二维码中），但未配置。 / Production mode needs CEBASE_PUBLIC_URL, the address the public opens, which every plaque's QR code prints.",
				"Set CEBASE_PUBLIC_URL (e.g. https://jxjy.hrss.example.cn) before the first recognition: a printed plaque cannot be changed.",
				cause);
	}
}

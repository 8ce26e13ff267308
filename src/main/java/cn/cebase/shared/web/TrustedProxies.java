package cn.cebase.shared.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Whom Tomcat believes about the client: X-Forwarded-For and -Proto count only on a request from one of the
 * reverse proxies listed in {@code cebase.trusted-proxies} (CEBASE_TRUSTED_PROXIES, addresses separated by
 * commas), and by default from nobody. Tomcat's own default trusts every private-network peer, so that on an
 * intranet any client could choose the address that the rate limits count and the audit trail records.
 *
 * <p>Runs after Boot has added the RemoteIpValve ({@code server.forward-headers-strategy: native}) and replaces
 * its list of proxies.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

	private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private final List<String> addresses;

	TrustedProxies(@Value("${cebase.trusted-proxies:}") String[] addresses) {
		this.addresses = Arrays.stream(addresses)
			.map(String::strip)
			.filter(address -> !address.isEmpty())
			.map(TrustedProxies::canonical)
			.toList();
	}

	@Override
	public void customize(TomcatWebServerFactory factory) {
		factory.getEngineValves()
			.stream()
			.filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast)
			.forEach(valve -> {
				// null for none: Tomcat then takes no header from anyone
				valve.setInternalProxies(pattern());
				valve.setTrustedProxies(null);
			});
	}

	/** Tomcat's form: one regular expression that the peer's whole address must match; null for none. */
	String pattern() {
		return addresses.isEmpty() ? null : addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * The address as Tomcat reports a peer's ({@code 0:0:0:0:0:0:0:1} for {@code ::1}). Only literal addresses:
	 * a host name would be looked up once at start and then go stale.
	 */
	static String canonical(String address) {
		if (!IP_LITERAL.matcher(address).matches()) {
			throw new IllegalArgumentException("cebase.trusted-proxies takes IP addresses, not " + address);
		}
		try {
			return InetAddress.getByName(address).getHostAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("cebase.trusted-proxies: " + address + " is not an IP address", ex);
		}
	}
}

package cn.cebase.shared.web;

import java.util.List;

/**
 * The paths a module opens to everyone, beyond the platform's own conventions ({@code /public/**},
 * {@code /api/v1/public/**}, sign-in, static files); security assembles them, nobody edits a central list.
 */
public interface PublicPaths {

	List<PublicPath> publicPaths();
}

package org.caseexplorer.state;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A view model: what a view shows and does, in {@code javafx.beans} and {@code javafx.collections}
 * only, so it is tested without the toolkit. {@code ArchitectureTest} keeps every class so marked,
 * and every class of ours it uses, however indirectly, off the scene graph; and a class named
 * {@code …ViewModel} must be marked. The window-wide ones are the {@code state} package's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ViewModel {
}

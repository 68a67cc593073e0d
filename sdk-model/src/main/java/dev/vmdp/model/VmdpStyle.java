package dev.vmdp.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to every value type of every module.
 *
 * <p>Generated {@code ImmutableX} classes are package-private and never appear in a public
 * signature: each value type declares {@code public static Builder builder()} and a nested
 * {@code public static final class Builder extends ImmutableX.Builder}, and
 * {@code overshadowImplementation} makes {@code build()} and {@code withY(...)} return the
 * abstract type. Builders are not strict: {@code devices(list)} replaces a collection and
 * {@code addDevice(d)} adds to it (the AWS SDK naming rule), which also lets
 * {@code toBuilder()} copy a value with {@code from}. Collection attributes are depluralized
 * ({@code addDevice}), and only JDK collections are used.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"fix:fixes", "address:addresses", "bus:buses", "alias:aliases", "status:statuses"},
    optionalAcceptNullable = false,
    privateNoargConstructor = false,
    defaultAsDefault = false,
    allParameters = false,
    validationMethod = Value.Style.ValidationMethod.SIMPLE)
public @interface VmdpStyle {}

package io.factunit.article.yaml;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML parser, telling the tag written on every node, keys included. Jackson's own
 * {@code getTypeId()} answers for a mapping's first key with the mapping's tag, so {@code !!python/object key: v}
 * would slip past a check that relies on it.
 */
final class TagTellingParser extends YAMLParser {
    private TagTellingParser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options,
                             ObjectCodec codec, Reader reader) {
        super(context, parserFeatures, yamlFeatures, options, codec, reader);
    }

    /** The tag written on the current token's node (a scalar, a key, the start of a mapping or list), or null. */
    String nodeTag() {
        if (_lastEvent instanceof ScalarEvent scalar) {
            return scalar.getTag();
        }
        if (_lastEvent instanceof CollectionStartEvent start) {
            return start.getTag();
        }
        return null;
    }

    /** Makes {@link TagTellingParser}s; {@code createParser(String)} goes through the Reader variant. */
    static final class Factory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        Factory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) {
            return new TagTellingParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                    reader);
        }
    }
}

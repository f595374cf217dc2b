FROM php:8.3-fpm-alpine
